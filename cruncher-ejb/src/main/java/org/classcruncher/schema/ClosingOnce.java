package org.classcruncher.schema;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The server's pooled data source, for Flyway, with connections that are given back to the pool once however often
 * they are closed. A pooled connection closed twice is handed out twice later: two requests then share one
 * connection, and the pool reports "state.isBusy already set to false".
 */
final class ClosingOnce implements DataSource {

    private final DataSource pooled;

    ClosingOnce(DataSource pooled) {
        this.pooled = pooled;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return closingOnce(pooled.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return closingOnce(pooled.getConnection(username, password));
    }

    private static Connection closingOnce(Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(ClosingOnce.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (closed.compareAndSet(false, true)) {
                                connection.close();
                            }
                            return null;
                        case "isClosed":
                            return closed.get() || connection.isClosed();
                        case "unwrap":
                            return ((Class<?>) args[0]).isInstance(proxy) ? proxy : connection.unwrap((Class<?>) args[0]);
                        case "isWrapperFor":
                            return ((Class<?>) args[0]).isInstance(proxy) || connection.isWrapperFor((Class<?>) args[0]);
                        default:
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pooled.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pooled.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pooled.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pooled.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pooled.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pooled.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pooled.isWrapperFor(type);
    }
}
