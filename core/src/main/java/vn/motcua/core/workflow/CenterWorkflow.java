package vn.motcua.core.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("center_workflow")
public record CenterWorkflow(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) Long id, long tenantId,
                             String procedureCode, @Nullable Integer procedureVersion, int version, String stepsJson, int totalHours,
                             @Nullable String createdBy, @DateCreated Instant createdAt) {
}
