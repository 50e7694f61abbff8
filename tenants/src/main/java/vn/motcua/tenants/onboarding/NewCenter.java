package vn.motcua.tenants.onboarding;

import io.micronaut.core.annotation.Nullable;
import vn.motcua.tenants.center.CenterType;

import java.util.List;

/** A center to open, with its first staff. */
public record NewCenter(String code, String name, CenterType type, String provinceCode, String provinceName,
                        @Nullable String mergedFrom, List<NewStaff> staff) {
}
