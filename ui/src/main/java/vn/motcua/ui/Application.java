package vn.motcua.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.motcua.ui.demo.DemoData;

/** MotCua: one server, one port — Vaadin pages for people, /api for machines. */
public class Application {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        EmbeddedDefaults defaults = new EmbeddedDefaults();
        defaults.applyIfNeeded();
        if (defaults.embeddedDatabase() && System.getProperty("motcua.demo.enabled") == null
                && System.getenv("MOTCUA_DEMO_ENABLED") == null) {
            System.setProperty("motcua.demo.enabled", "true");
        }
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).banner(false).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String url = "http://localhost:" + server.getPort() + "/";
        System.out.println();
        System.out.println("MotCua chạy tại / is running at " + url + " (started in "
                + (System.nanoTime() - start) / 1_000_000 + " ms)");
        context.findBean(DemoData.class).ifPresent(demo -> System.out.println(demo.loginsText()));
    }
}
