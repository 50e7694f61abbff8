package vn.motcua.ui.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Context;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.ContextConfig;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.RemoteIpValve;
import vn.motcua.ui.security.ClientAddress;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;

/**
 * Prepares Micronaut's embedded Tomcat for Vaadin: servlet-container initialisers discovered as in a
 * web app (Vaadin registers its routes and lookup through them), except Micronaut's own, which
 * micronaut-servlet adds itself; the default MIME types, without which the browser refuses Vaadin's scripts; and the
 * session cookie's SameSite=Lax.
 */
@Singleton
public class TomcatForVaadin implements BeanCreatedEventListener<Tomcat> {
    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (var child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                ContextConfig config = new ContextConfig();
                config.setDefaultWebXml(org.apache.catalina.startup.Constants.NoDefaultWebXml);
                context.addLifecycleListener(config);
                if (context instanceof StandardContext standard) {
                    standard.setContainerSciFilter("io\\.micronaut\\..*");
                }
                StandardJarScanner scanner = new StandardJarScanner();
                StandardJarScanFilter filter = new StandardJarScanFilter();
                filter.setTldSkip("*");
                filter.setPluggabilitySkip("*");
                filter.setPluggabilityScan("flow-*.jar,vaadin-*.jar,motcua-*.jar,motcua.jar");
                scanner.setJarScanFilter(filter);
                // classes run from target/classes (tests, IDE) are a directory on the class path, not a jar
                scanner.setScanAllDirectories(true);
                context.setJarScanner(scanner);
                Tomcat.addDefaultMimeTypeMappings(context);
                // the session cookie: SameSite=Lax (no cross-site POST carries it); HttpOnly is Tomcat's default,
                // and Tomcat marks it Secure itself when the request that creates the session came over HTTPS
                Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
                cookies.setSameSiteCookies("Lax");
                context.setCookieProcessor(cookies);
                context.setUseHttpOnly(true);
                // behind a TLS-terminating proxy on a private address (X-Forwarded-Proto: https) the request counts as
                // HTTPS: the session cookie gets Secure and the answers HSTS; other senders' headers are ignored
                // RemoteIpValve also rewrites the remote address from X-Forwarded-For sent by any private address; the
                // connection's own peer is kept first for ClientAddress, which believes only MOTCUA_TRUSTED_PROXIES
                context.getPipeline().addValve(new ClientAddress.PeerValve());
                RemoteIpValve proxied = new RemoteIpValve();
                proxied.setProtocolHeader("X-Forwarded-Proto");
                context.getPipeline().addValve(proxied);
            }
        }
        return tomcat;
    }
}
