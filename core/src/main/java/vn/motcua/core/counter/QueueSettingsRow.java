package vn.motcua.core.counter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalTime;

/** The stored queue settings of one center ({@code priorityGroups}: names of {@link PriorityGroup}, comma-separated). */
@MappedEntity("queue_settings")
public record QueueSettingsRow(
        @Id long tenantId,
        LocalTime ticketFrom,
        LocalTime ticketUntil,
        boolean dailyReset,
        @Nullable Integer maxTicketsPerDay,
        String priorityGroups,
        String announcement,
        boolean voiceOn,
        @Version Long version,
        @DateUpdated Instant updatedAt) {
}
