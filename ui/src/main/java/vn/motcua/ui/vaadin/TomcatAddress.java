package vn.motcua.ui.vaadin;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Binds every Tomcat connector to {@code micronaut.server.host} ({@code MICRONAUT_SERVER_HOST}, 127.0.0.1 by
 * default): micronaut-servlet only names Tomcat's virtual host after it and would listen on every interface.
 */
@Singleton
public class TomcatAddress implements BeanCreatedEventListener<Tomcat> {
    private final String host;

    public TomcatAddress(@Value("${micronaut.server.host:}") String host) {
        this.host = host;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        if (host != null && !host.isBlank()) {
            for (Connector connector : tomcat.getService().findConnectors()) {
                connector.setProperty("address", host.strip());
            }
        }
        return tomcat;
    }
}
