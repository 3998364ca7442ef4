package id.go.kpu.eppid.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through on 127.0.0.1 that a test can cut: the fault tests put it between the portal and the database.
 * {@link #cut()} is the database going away (every open connection reset, new ones refused); {@link #restore()} is it
 * coming back on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private int port;

    private TcpProxy(int targetPort) {
        this.targetPort = targetPort;
    }

    /** Listens on a free port, passing everything on to 127.0.0.1:{@code targetPort}. */
    public static TcpProxy to(int targetPort) throws IOException {
        TcpProxy proxy = new TcpProxy(targetPort);
        proxy.listen();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** The database goes away: open connections reset, new ones refused. */
    public synchronized void cut() throws IOException {
        ServerSocket l = listener;
        listener = null;
        if (l != null) {
            l.close();
        }
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0); // a reset, as when the server dies
                s.close();
            } catch (IOException e) {
                // closed meanwhile by its pump (the other side went away)
            }
        }
        open.clear();
    }

    /** The database is back on the same port. */
    public synchronized void restore() throws IOException {
        if (listener == null) {
            listen();
        }
    }

    private void listen() throws IOException {
        ServerSocket l = new ServerSocket();
        l.setReuseAddress(true);
        l.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        port = l.getLocalPort();
        listener = l;
        Thread accept = new Thread(() -> accept(l), "tcp-proxy-accept-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    private void accept(ServerSocket l) {
        while (!l.isClosed()) {
            try {
                Socket client = l.accept();
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
