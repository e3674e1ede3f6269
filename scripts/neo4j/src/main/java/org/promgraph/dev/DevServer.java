package org.promgraph.dev;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * An embedded Neo4j Community DBMS that serves Bolt on 127.0.0.1, for tests and development.
 * Authentication and HTTP are off; it runs until it is stopped (SIGTERM or Ctrl-C).
 * System properties: port (default 7687), data (default neo4j-dev-data).
 */
public final class DevServer {
    private DevServer() {}

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getProperty("port", "7687"));
        Path home = Path.of(System.getProperty("data", "neo4j-dev-data")).toAbsolutePath();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        System.out.println("Neo4j dev server ready: bolt://127.0.0.1:" + port + " (data in " + home + ")");
        Thread.currentThread().join();
    }
}
