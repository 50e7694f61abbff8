package vn.motcua.core.counter;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** Quầy: a desk of the center, by number and name; open or closed now; inactive once removed. */
@MappedEntity("counter")
public record Counter(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id,
        long tenantId,
        int number,
        String name,
        boolean openNow,
        boolean active,
        @Version Long version,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt) {

    Counter with(int number, String name) {
        return new Counter(id, tenantId, number, name, openNow, active, version, createdAt, updatedAt);
    }

    Counter opened(boolean open) {
        return new Counter(id, tenantId, number, name, open, active, version, createdAt, updatedAt);
    }

    Counter removed() {
        return new Counter(id, tenantId, number, name, false, false, version, createdAt, updatedAt);
    }
}
