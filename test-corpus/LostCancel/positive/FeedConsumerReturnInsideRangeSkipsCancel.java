// A feed consumer that reads a channel until the end-of-feed marker and returns from inside the
// loop, skipping the cancel() after the loop.
// At run time: the consumer's context stays alive after the marker; anything watching its done()
// channel is never told to stop.
import dev.gosafe.Context;
import dev.gosafe.RecvChan;

public class FeedConsumerReturnInsideRangeSkipsCancel {
  private int items;

  int consume(Context parent, RecvChan<String> feed) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withCancel(parent);
    for (String item : feed) {
      if (item.equals("EOF")) {
        return items;
      }
      items++;
    }
    ctx.cancel();
    return items;
  }
}
