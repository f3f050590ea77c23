package org.dozaban.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A test client of the preview's event stream, read event by event over a plain socket. */
final class EventStream implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;

    EventStream(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: x\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The next event's {@code event:} and {@code data:} lines; chunk sizes, retry fields and comments left out. */
    String next() throws IOException {
        StringBuilder event = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("event: ") || line.startsWith("data: ") && event.length() > 0) {
                event.append(line).append('\n');
            } else if (line.isEmpty() && event.length() > 0) {
                return event.toString();
            }
        }
        return event.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
