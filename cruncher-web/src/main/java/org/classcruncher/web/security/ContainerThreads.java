package org.classcruncher.web.security;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the authentication mechanism's database work (tokens, passwords, roles) on a thread of the container's
 * managed executor, and waits for it. On the request thread, before the web container has set up the request's
 * component invocation, Payara's connection pool loses track of the connections such work uses: under concurrent
 * requests it frees one twice ("state.isBusy already set to false") and later hands it to two requests at once
 * ("Cannot commit when autoCommit is enabled", "Connection closed"). 24 clients on one token showed it within
 * seconds; on a managed thread it does not happen.
 */
@ApplicationScoped
class ContainerThreads {

    @Resource
    ManagedExecutorService executor;

    <T> T call(Callable<T> work) {
        try {
            return executor.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while authenticating", e);
        }
    }
}
