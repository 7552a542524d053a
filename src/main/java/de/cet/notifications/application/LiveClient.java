package de.cet.notifications.application;

/** One open live-update socket, as the hub sees it: it can be sent a text and be closed. */
public interface LiveClient {

    /** Stable for the socket's life. */
    String id();

    /** Sends without waiting; a send to a socket that went away is dropped. */
    void send(String json);

    /** Closes the socket with a WebSocket close code and reason (1008 policy violation for auth). */
    void close(int code, String reason);
}
