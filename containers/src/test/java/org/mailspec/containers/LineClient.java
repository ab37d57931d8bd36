package org.mailspec.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.mailspec.settings.Endpoint;

/** A plain-socket line client for these tests (the real IMAP client lives in core). */
final class LineClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private LineClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static LineClient connect(Endpoint endpoint, Optional<String> bind) throws IOException {
        Socket s = new Socket();
        s.setSoTimeout(10_000);
        if (bind.isPresent()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(bind.get()), 0));
        }
        s.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 5_000);
        return new LineClient(s);
    }

    static LineClient connectTls(Endpoint endpoint) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 5_000);
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, endpoint.host(), endpoint.port(), true);
        s.setSoTimeout(10_000);
        s.startHandshake();
        return new LineClient(s);
    }

    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r?\n$", "");
    }

    /** Sends {@code tag command} and returns every line up to and including the tagged one. */
    List<String> imap(String tag, String command) throws IOException {
        send(tag + " " + command);
        List<String> lines = new ArrayList<>();
        while (true) {
            String l = readLine();
            lines.add(l);
            if (l.startsWith(tag + " ") || l.isEmpty()) {
                return lines;
            }
        }
    }

    /** Sends a POP3 command and returns its one-line reply. */
    String pop3(String command) throws IOException {
        send(command);
        return readLine();
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
