package vn.motcua.ui;

import io.micronaut.runtime.Micronaut;

/** MotCua: one server, one port — Vaadin pages for people, /api for machines. */
public class Application {
    static final long STARTED = System.nanoTime();

    public static void main(String[] args) throws Exception {
        EmbeddedDefaults defaults = new EmbeddedDefaults();
        defaults.applyIfNeeded();
        if (defaults.embeddedDatabase() && System.getProperty("motcua.demo.enabled") == null
                && System.getenv("MOTCUA_DEMO_ENABLED") == null) {
            System.setProperty("motcua.demo.enabled", "true");
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
