package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Ref;

/** Within one task: a channel closed twice, or sent to after this path closed it. */
public final class ChannelCloseMisuseRule implements Rule {
  public static final String ID = "ChannelCloseMisuse";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    for (Node n : a.cfg().nodes()) {
      Event e = n.event();
      for (State s : a.in(n)) {
        switch (e) {
          case Event.Close c when closed(s, c.channel()) -> out.add(ID, c.pos(),
              Names.of(c.channel()) + " is closed twice on this path: the second close() throws"
                  + " ClosedChannelException; close a channel exactly once, in its only sender", a);
          case Event.Send snd when closed(s, snd.channel()) -> out.add(ID, snd.pos(),
              sendAfterClose(snd.channel()), a);
          case Event.Select sel -> {
            for (Event.SelectCase c : sel.cases()) {
              if (c.isSend() && closed(s, c.channel())) {
                out.add(ID, c.pos(), sendAfterClose(c.channel()), a);
              }
            }
          }
          case null, default -> { }
        }
      }
    }
  }

  private static String sendAfterClose(Ref ch) {
    return "send on " + Names.of(ch) + " after this path closed it throws ClosedChannelException;"
        + " close the channel only after the last send";
  }

  private static boolean closed(State s, Ref ch) {
    return s.canonical(ch).isTracked() && s.closed().contains(s.canonical(ch));
  }
}
