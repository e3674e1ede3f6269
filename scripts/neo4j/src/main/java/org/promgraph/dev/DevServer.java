package org.promgraph.dev;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * An embedded Neo4j Community DBMS that serves Bolt on 127.0.0.1, for tests and development.
 * HTTP is off and so is authentication, unless a password is given: then user neo4j has it.
 * It runs until it is stopped (SIGTERM or Ctrl-C).
 * System properties: port (default 7687), data (default neo4j-dev-data), password (default none).
 */
public final class DevServer {
    private DevServer() {}

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getProperty("port", "7687"));
        Path home = Path.of(System.getProperty("data", "neo4j-dev-data")).toAbsolutePath().normalize();
        String password = System.getProperty("password", "");
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
                .build();
        if (!password.isEmpty()) {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        System.out.println("Neo4j dev server ready: bolt://127.0.0.1:" + port + " (data in " + home + ")");
        Thread.currentThread().join();
    }
}
