package vn.motcua.tenants.merge;

import io.micronaut.context.ApplicationContext;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.tenants.security.LoginService;

import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A separate JVM that runs one merge on the database of the test that started it ({@link MergeProcessCrashTest}):
 * {@code <properties file> <username> <password> <target id> <center ids, comma-separated>}. It prints each phase it
 * reaches as {@code PHASE <name>}; started with {@code -Dmotcua.test.merge-pause-ms} it sleeps inside the move's
 * transaction (after the staff moved), where the test kills it.
 */
public final class MergeCrashChild {
    private MergeCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Properties file = new Properties();
        try (FileReader in = new FileReader(args[0], StandardCharsets.UTF_8)) {
            file.load(in);
        }
        Map<String, Object> properties = new HashMap<>();
        file.forEach((k, v) -> properties.put((String) k, v));
        try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start()) {
            CallContext admin = context.getBean(LoginService.class).login(args[1], args[2]).principal()
                    .at(context.getBean(BusinessTime.class).now());
            List<Long> ids = Arrays.stream(args[4].split(",")).map(Long::valueOf).toList();
            context.getBean(MergeJobs.class).run(admin, new MergeRequest(Long.parseLong(args[3]), ids, null, Map.of(), Map.of()),
                    phase -> {
                        System.out.println("PHASE " + phase.name());
                        System.out.flush();
                    });
            System.out.println("CHILD FINISHED");
        }
    }
}
