package dev.scalinglens.catalog.live;

/** A live source could not be read; the message says what, where and, when offline, says so. */
public final class LiveSourceException extends Exception {

    public LiveSourceException(String message) {
        super(message);
    }
}
