/**
 * jcstress tests of the gosafe runtime: each test runs its actors concurrently millions of times on
 * real threads and counts the outcomes; an outcome marked FORBIDDEN fails the run. See
 * docs/concurrency-testing.md for the inventory of atomic protocols and which test covers each.
 */
package dev.gosafe.jcstress;
