package cn.hongqi.feedback.bench;

/**
 * What a stack can be made to suffer, and how it is brought back: by the launcher's pid files on a
 * local stack ({@code ./feedback chaos}), by the test harness's processes in the end-to-end tests.
 * Components are {@code portal}, {@code indexer}, {@code staff} and {@code kafka}.
 */
public interface Faults {

    /** SIGKILL: no shutdown hook runs, nothing is flushed, as when a machine loses power. */
    void kill(String component) throws Exception;

    /** SIGTERM, and waits until it has exited. */
    void stop(String component) throws Exception;

    /** Starts a stopped or killed component again and returns once it answers as healthy. */
    void start(String component) throws Exception;

    /** SIGSTOP to Elasticsearch: it holds every connection and answers none, as a node in a long pause does. */
    void freezeElasticsearch() throws Exception;

    /** SIGCONT: Elasticsearch goes on where it stopped. */
    void thawElasticsearch() throws Exception;
}
