package dev.opsdiff.source;

/** Bad input that the user can fix (missing path, unreadable file, bad config): reported as one line, exit code 2. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
