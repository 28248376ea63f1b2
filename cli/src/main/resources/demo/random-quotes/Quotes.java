import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The demo's sample app: answers a random quote and the environment it runs in. */
public class Quotes {

    private static final List<String> QUOTES =
            List.of(
                    "Simplicity is prerequisite for reliability. (Edsger W. Dijkstra)",
                    "Make it work, make it right, make it fast. (Kent Beck)",
                    "If it hurts, do it more often. (Martin Fowler)",
                    "Premature optimization is the root of all evil. (Donald Knuth)");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String environment = args.length > 1 ? args[1] : "unknown";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(
                "/",
                exchange -> {
                    String quote = QUOTES.get(ThreadLocalRandom.current().nextInt(QUOTES.size()));
                    byte[] body =
                            (quote + " [" + environment + "]\n").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        server.start();
    }
}
