package vn.motcua.tenants.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official list of a province's communes and wards after 1 July 2025, bundled per province as
 * {@code /data/admin-units/<province code>.csv} (columns of {@link CommuneListReader}; the lineage from the
 * official mergers, a unit taken in part marked "(một phần)"). Built from {@code admin-units/units-2025.json} and
 * {@code merges-2025.json} of the shared data (see data/README.md). A province without a bundled list has none.
 */
public final class OfficialUnits {
    private static final Map<String, List<CommuneListReader.Commune>> CACHE = new ConcurrentHashMap<>();

    private OfficialUnits() {
    }

    public static List<CommuneListReader.Commune> of(String provinceCode) {
        if (provinceCode == null || !provinceCode.matches("[0-9]{2}")) {
            return List.of();
        }
        return CACHE.computeIfAbsent(provinceCode, OfficialUnits::read);
    }

    private static List<CommuneListReader.Commune> read(String provinceCode) {
        try (InputStream in = OfficialUnits.class.getResourceAsStream("/data/admin-units/" + provinceCode + ".csv")) {
            return in == null ? List.of() : List.copyOf(CommuneListReader.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
