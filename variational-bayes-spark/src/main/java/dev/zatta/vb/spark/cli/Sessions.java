package dev.zatta.vb.spark.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * How the command line gets its SparkSession: {@link #DEFAULT} builds one for the run and stops it at
 * the end; a test hands in one it shares between its cases instead. The master is the one given with
 * {@code --master}, else the one {@code spark-submit} set ({@code spark.master}), else {@code local[*]}.
 */
public interface Sessions {
    /** The session for a run on {@code master} (null: spark-submit's, or {@code local[*]}). */
    SparkSession open(String master);

    /** Called when the run is over. */
    void close(SparkSession session);

    /** A new session per run, stopped after it. */
    Sessions DEFAULT = new Sessions() {
        @Override
        public SparkSession open(String master) {
            return start(master, "variational-bayes-spark");
        }

        @Override
        public void close(SparkSession session) {
            session.stop();
        }
    };

    /**
     * Starts (or joins) a session. Settings given as {@code spark.*} system properties or by
     * spark-submit win; otherwise the web UI is off (a fit is one short job) and, on a local master,
     * the driver binds to 127.0.0.1 (no network needed, no warning about the host name).
     */
    static SparkSession start(String master, String appName) {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        conf.setMaster(m).setAppName(conf.get("spark.app.name", appName));
        conf.setIfMissing("spark.ui.enabled", "false");
        if (m.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
