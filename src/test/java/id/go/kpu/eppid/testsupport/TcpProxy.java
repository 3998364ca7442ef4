package id.go.kpu.eppid.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP pass-through on 127.0.0.1 that a test can cut: the fault tests put it between the portal and the database.
 * {@link #cut()} is the database going away (every open connection reset, new ones refused); {@link #restore()} is it
 * coming back on the same port. {@link #cutAtCommitOf} cuts at the moment a commit is written but not yet confirmed,
 * for a MySQL-protocol database whose client sends statements as text (Connector/J's default).
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile String cutAtCommitOf;
    private volatile boolean cutAtCommitDone;
    private int port;

    /** Decides, for each chunk a pump read, whether to pass it on. */
    private interface Gate {
        boolean pass(byte[] chunk, int length) throws IOException;
    }

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

    /**
     * Arms a {@link #cut()} at the database's answer to the next {@code commit} of a transaction that inserted into
     * {@code table}: the database has written it, and its client sees the connection lost during the commit, without
     * knowing whether it landed.
     */
    public void cutAtCommitOf(String table) {
        cutAtCommitDone = false;
        cutAtCommitOf = "insert into " + table.toLowerCase(Locale.ROOT) + " ";
    }

    /** Whether the armed cut at a commit has happened. */
    public boolean cutAtCommitDone() {
        return cutAtCommitDone;
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
                AtomicBoolean inserted = new AtomicBoolean();
                AtomicBoolean commitSent = new AtomicBoolean();
                pump(client, server, (chunk, n) -> {
                    String insert = cutAtCommitOf;
                    if (insert != null) {
                        if (isQuery(chunk, n, "commit")) {
                            commitSent.set(inserted.getAndSet(false));
                        } else if (isQuery(chunk, n, "rollback")) {
                            inserted.set(false);
                        } else if (n > 5 && chunk[4] == 3 && new String(chunk, 5, Math.min(n - 5, 200),
                                StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT).startsWith(insert)) {
                            inserted.set(true);
                        }
                    }
                    return true;
                });
                pump(server, client, (chunk, n) -> {
                    if (commitSent.getAndSet(false) && cutAtCommitOf != null) {
                        cutAtCommitOf = null;
                        cutAtCommitDone = true;
                        cut(); // the answer (OK: committed) never reaches the client
                        return false;
                    }
                    return true;
                });
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    /** A MySQL-protocol packet COM_QUERY (3) with just this text. */
    private static boolean isQuery(byte[] chunk, int n, String text) {
        return n == 4 + 1 + text.length() && chunk[4] == 3
                && text.equalsIgnoreCase(new String(chunk, 5, text.length(), StandardCharsets.US_ASCII));
    }

    private void pump(Socket from, Socket to, Gate gate) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (!gate.pass(buffer, n)) {
                        return;
                    }
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
