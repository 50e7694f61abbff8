package vn.motcua.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import vn.motcua.ui.demo.DemoData;

/** Tells the person who started MotCua where it is and how to log in. */
@Singleton
public class StartupBanner {
    private final ApplicationContext context;

    public StartupBanner(ApplicationContext context) {
        this.context = context;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        System.out.println();
        System.out.println("MotCua chạy tại / is running at http://localhost:" + event.getSource().getPort()
                + "/ (khởi động / started in " + (System.nanoTime() - Application.STARTED) / 1_000_000 + " ms)");
        context.findBean(DemoData.class).ifPresent(demo -> System.out.println(demo.loginsText()));
        System.out.println();
    }
}
