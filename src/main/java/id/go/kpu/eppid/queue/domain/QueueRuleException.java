package id.go.kpu.eppid.queue.domain;

/**
 * A queue step that is not allowed now (finish a ticket not being served, call when nobody waits …), with the
 * bundle key and arguments of the explanation, so the console and the API answer in the user's language.
 */
public class QueueRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object[] args;

    public QueueRuleException(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    /** The bundle key of the explanation. */
    public String key() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }

    /** The ticket or desk is not the office's (or does not exist): answered like "not found". */
    public static class NotFound extends QueueRuleException {

        private static final long serialVersionUID = 1L;

        public NotFound(String key) {
            super(key);
        }
    }
}
