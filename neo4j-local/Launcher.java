import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5 with its Bolt server on 127.0.0.1, for development and tests.
 *
 * Usage: DIPLOGRAPH_NEO4J_PASSWORD=… java -cp 'lib/*' Launcher.java HOME PORT PAGECACHE_MB
 * The password comes from the environment, never the command line, which every user of the
 * machine can read (ps, /proc/PID/cmdline).
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the default database answers, and shuts the
 * database down cleanly on SIGTERM/SIGINT so the store is never left needing recovery.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        String password = System.getenv("DIPLOGRAPH_NEO4J_PASSWORD");
        if (args.length < 3 || password == null || password.isEmpty()) {
            System.err.println("usage: DIPLOGRAPH_NEO4J_PASSWORD=... Launcher HOME PORT PAGECACHE_MB");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(3).toMillis())) {
                throw new IllegalStateException("database did not become available");
            }
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            System.err.println("NEO4J_FAILED " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /**
     * The password is set at each start (NEO4J_PASSWORD, or the store's generated one); Neo4j refuses to "change" it to
     * the value it already has, which is the normal case on every start after the first.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }
}
