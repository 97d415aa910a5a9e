package org.classcruncher.schema;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * One connection of the server's pool, lent to Flyway for the whole migration: every connection Flyway asks for is
 * this one, and Flyway's closing it does nothing; {@link #close()} gives it back to the pool, once. Flyway closes the
 * connections it opens in ways Payara's pool does not expect (a pooled connection handed back twice is later handed
 * out twice, and two requests then share it); with one connection that is ours to close, that cannot happen.
 */
final class OneConnection implements DataSource, AutoCloseable {

    private final Connection pooled;
    private final Connection lent;

    OneConnection(DataSource pool) throws SQLException {
        pooled = pool.getConnection();
        lent = (Connection) Proxy.newProxyInstance(OneConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection() {
        return lent;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return lent;
    }

    /** Gives the connection back to the pool, in the state Flyway found it. */
    @Override
    public void close() throws SQLException {
        if (!pooled.getAutoCommit()) {
            pooled.rollback();
            pooled.setAutoCommit(true);
        }
        pooled.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
