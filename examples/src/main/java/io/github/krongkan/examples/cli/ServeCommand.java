package io.github.krongkan.examples.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code krongkan serve [--port N] [--max-bytes N]}: answers JSON requests on the loopback address
 * with the JDK's own {@link HttpServer} ({@link Api} says what it answers), and the reference page at
 * {@code /} with its files and the JSON Schemas ({@link Site}), until the process is stopped. Port 0 picks a free port; the address is printed once the server listens.
 */
final class ServeCommand extends Command {
    /** The port unless {@code --port} says otherwise. */
    static final int DEFAULT_PORT = 8080;

    ServeCommand(PrintStream out, PrintStream err) {
        super(InputStream.nullInputStream(), out, err);
    }

    @Override
    int run(List<String> args) {
        int port = DEFAULT_PORT;
        long maxBytes = Api.DEFAULT_MAX_BYTES;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--port") && i + 1 < args.size()) {
                    port = Integer.parseInt(args.get(++i));
                    if (port < 0 || port > 65_535) {
                        return usage("--port takes a port from 0 to 65535");
                    }
                } else if (arg.equals("--max-bytes") && i + 1 < args.size()) {
                    maxBytes = Long.parseLong(args.get(++i));
                    if (maxBytes < 1) {
                        return usage("--max-bytes takes a size of at least 1 byte");
                    }
                } else {
                    return usage("unexpected argument \"" + arg + "\"");
                }
            }
        } catch (NumberFormatException e) {
            return usage("--port and --max-bytes take whole numbers");
        }
        Running server;
        try {
            server = start(port, maxBytes);
        } catch (IOException e) {
            err.println("krongkan serve: cannot listen on port " + port + ": " + e.getMessage());
            return Krongkan.UNUSABLE;
        }
        out.println("krongkan serve: listening on " + server.address() + " (the reference page at /; POST "
                + String.join(", ", Api.PATHS) + "; requests up to " + maxBytes + " bytes)");
        out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop();
        }
        return Krongkan.OK;
    }

    private int usage(String problem) {
        err.println("krongkan serve: " + problem + "\n\n" + Krongkan.USAGE);
        return Krongkan.UNUSABLE;
    }

    /**
     * Starts a server on the loopback address.
     *
     * @param port     the port, 0 for a free one
     * @param maxBytes the largest request body accepted
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    static Running start(int port, long maxBytes) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        http.setExecutor(pool);
        Api api = new Api(maxBytes);
        Site site = new Site();
        http.createContext("/", exchange -> {
            if (Api.PATHS.contains(exchange.getRequestURI().getPath())) {
                api.handle(exchange);
            } else {
                site.handle(exchange);
            }
        });
        http.start();
        return new Running(http, pool);
    }

    /**
     * A started server.
     *
     * @param http the JDK server
     * @param pool its threads
     */
    record Running(HttpServer http, ExecutorService pool) {
        /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
        String address() {
            return "http://" + http.getAddress().getHostString() + ":"
                    + http.getAddress().getPort() + "/";
        }

        /** The port it listens on. */
        int port() {
            return http.getAddress().getPort();
        }

        /** Stops accepting requests and lets the running ones finish for up to a second. */
        void stop() {
            http.stop(1);
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
