package vn.motcua.core.validation;

/** Someone else saved the same record first (optimistic locking); the caller's change was not applied. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else");
    }
}
