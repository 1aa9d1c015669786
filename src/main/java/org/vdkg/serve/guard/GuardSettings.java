package org.vdkg.serve.guard;

import java.nio.file.Path;

/**
 * How the public endpoint is guarded.
 *
 * @param allowUpdate open the SPARQL Update endpoint ({@code /NAME/update}) and graph-store writes on
 *        {@code /NAME/store}, both behind basic authentication
 * @param passwordFile Jetty password file ({@code user: password} per line); required with {@code allowUpdate}
 * @param maxRows most result rows (solutions) a query answers; 0 for no cap
 * @param maxRequestBytes largest request body accepted by the query endpoints
 * @param maxConcurrentQueries queries executed at the same time; more wait for a slot
 * @param queueWaitMillis how long a query waits for a slot before it is refused with 503
 * @param cacheMaxAgeSeconds {@code Cache-Control: max-age} of answers of a read-only server
 * @param maxAnswerBytes largest SPARQL answer in bytes; a longer one is cut (the response aborted); 0 for no cap
 * @param answerCacheBytes bytes of complete SPARQL answers a read-only server keeps in memory ({@link AnswerCache}); 0
 *        for no answer cache
 * @param warmAnswers a read-only server asks itself every saved query and whole-dataset page once it listens
 *        ({@link AnswerWarmer}), so that their first visitor finds them answered
 */
public record GuardSettings(boolean allowUpdate, Path passwordFile, long maxRows, long maxRequestBytes,
        int maxConcurrentQueries, long queueWaitMillis, long cacheMaxAgeSeconds, long maxAnswerBytes, long answerCacheBytes,
        boolean warmAnswers) {

    public static final long DEFAULT_MAX_ROWS = 10_000;
    /** Below Jetty's own 200,000-byte limit on form bodies, so ours is the one a client meets. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 128 * 1024;
    public static final long DEFAULT_QUEUE_WAIT_MILLIS = 10_000;
    public static final long DEFAULT_CACHE_MAX_AGE_SECONDS = 300;
    /** Well above a full answer of the row cap with typical rows (about 2 MB), well below a heap's worth. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 16L * 1024 * 1024;
    /** The whole saved-query mix in every format many times over, a small share of the default heap. */
    public static final long DEFAULT_ANSWER_CACHE_MB = 64;

    /** Read-only, with the default limits. */
    public static GuardSettings defaults() {
        return new GuardSettings(false, null, DEFAULT_MAX_ROWS, DEFAULT_MAX_REQUEST_BYTES, defaultConcurrency(),
                DEFAULT_QUEUE_WAIT_MILLIS, DEFAULT_CACHE_MAX_AGE_SECONDS, DEFAULT_MAX_ANSWER_BYTES,
                DEFAULT_ANSWER_CACHE_MB * 1024 * 1024, false);
    }

    /** Two running queries per core keep the cores busy while one waits on I/O; more only add contention. */
    public static int defaultConcurrency() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    public GuardSettings withUpdate(Path passwords) {
        return new GuardSettings(true, passwords, maxRows, maxRequestBytes, maxConcurrentQueries, queueWaitMillis, cacheMaxAgeSeconds, maxAnswerBytes, answerCacheBytes, warmAnswers);
    }

    public GuardSettings withMaxRows(long rows) {
        return new GuardSettings(allowUpdate, passwordFile, rows, maxRequestBytes, maxConcurrentQueries, queueWaitMillis, cacheMaxAgeSeconds, maxAnswerBytes, answerCacheBytes, warmAnswers);
    }

    public GuardSettings withMaxRequestBytes(long bytes) {
        return new GuardSettings(allowUpdate, passwordFile, maxRows, bytes, maxConcurrentQueries, queueWaitMillis, cacheMaxAgeSeconds, maxAnswerBytes, answerCacheBytes, warmAnswers);
    }

    public GuardSettings withConcurrency(int queries, long waitMillis) {
        return new GuardSettings(allowUpdate, passwordFile, maxRows, maxRequestBytes, queries, waitMillis, cacheMaxAgeSeconds, maxAnswerBytes, answerCacheBytes, warmAnswers);
    }

    public GuardSettings withMaxAnswerBytes(long bytes) {
        return new GuardSettings(allowUpdate, passwordFile, maxRows, maxRequestBytes, maxConcurrentQueries, queueWaitMillis, cacheMaxAgeSeconds, bytes, answerCacheBytes, warmAnswers);
    }

    public GuardSettings withAnswerCacheBytes(long bytes) {
        return new GuardSettings(allowUpdate, passwordFile, maxRows, maxRequestBytes, maxConcurrentQueries, queueWaitMillis, cacheMaxAgeSeconds, maxAnswerBytes, bytes, warmAnswers);
    }

    /** Whether a read-only server warms its answers and pages on start ({@link AnswerWarmer}). */
    public GuardSettings withWarming(boolean warm) {
        return new GuardSettings(allowUpdate, passwordFile, maxRows, maxRequestBytes, maxConcurrentQueries, queueWaitMillis, cacheMaxAgeSeconds, maxAnswerBytes, answerCacheBytes, warm);
    }
}
