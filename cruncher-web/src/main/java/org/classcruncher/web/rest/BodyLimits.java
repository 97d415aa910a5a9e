package org.classcruncher.web.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The largest request bodies the API reads, in bytes: {@code cruncher.limits.bodyBytes} (default 1 MiB) for every
 * call, {@code cruncher.limits.batchBodyBytes} (default 4 MiB, some two thousand schools) for a batch. Larger
 * bodies are answered 413, whether they say their length or come in chunks.
 *
 * @param bodyBytes      the limit of every body but a batch's
 * @param batchBodyBytes the limit of a batch's body
 */
record BodyLimits(long bodyBytes, long batchBodyBytes) {

    static final long DEFAULT_BODY_BYTES = 1L << 20;
    static final long DEFAULT_BATCH_BODY_BYTES = 4L << 20;

    private static final Logger LOG = Logger.getLogger(BodyLimits.class.getName());

    static BodyLimits defaults() {
        return new BodyLimits(DEFAULT_BODY_BYTES, DEFAULT_BATCH_BODY_BYTES);
    }

    /** The limits as configured (MicroProfile Config: system properties, environment, …), else the defaults. */
    static BodyLimits configured() {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException noConfiguration) {
            return defaults();
        }
        return new BodyLimits(bytes(config, "cruncher.limits.bodyBytes", DEFAULT_BODY_BYTES),
                bytes(config, "cruncher.limits.batchBodyBytes", DEFAULT_BATCH_BODY_BYTES));
    }

    private static long bytes(Config config, String name, long fallback) {
        try {
            long value = config.getOptionalValue(name, Long.class).orElse(fallback);
            if (value > 0) {
                return value;
            }
        } catch (IllegalArgumentException notANumber) {
            // reported below
        }
        LOG.log(Level.WARNING, "{0} must be a positive number of bytes; using {1}", new Object[] {name, fallback});
        return fallback;
    }

    /** The limit of a call's body: {@code batch} for a batch submission. */
    long of(boolean batch) {
        return batch ? batchBodyBytes : bodyBytes;
    }

    /**
     * Up to this much of a body over its limit is read and dropped before the 413 goes out: a client that is still
     * sending when the server answers and closes gets a broken pipe instead of the answer.
     */
    static final long DRAINED_AT_MOST = 16L << 20;

    /** All of {@code body}, refused with 413 once it passes {@code limit} bytes. */
    static byte[] read(InputStream body, long limit) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
            total += n;
            if (total > limit) {
                drain(body, DRAINED_AT_MOST - total);
                throw tooLarge(limit);
            }
            read.write(buffer, 0, n);
        }
        return read.toByteArray();
    }

    /** Reads and drops at most {@code most} more bytes of the body. */
    static void drain(InputStream body, long most) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = most; left > 0; ) {
            int n = body.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n == -1) {
                return;
            }
            left -= n;
        }
    }

    static ClientErrorException tooLarge(long limit) {
        return new ClientErrorException("The request body is larger than the " + limit + " bytes this call accepts.",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
