package vn.motcua.core.storage;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** S3 connection: MOTCUA_S3_ENDPOINT, MOTCUA_S3_REGION, MOTCUA_S3_BUCKET, MOTCUA_S3_ACCESS_KEY, MOTCUA_S3_SECRET_KEY. */
@Singleton
public record S3Settings(
        @Value("${motcua.s3.endpoint}") String endpoint,
        @Value("${motcua.s3.region:us-east-1}") String region,
        @Value("${motcua.s3.bucket:motcua-documents}") String bucket,
        @Value("${motcua.s3.access-key}") String accessKey,
        @Value("${motcua.s3.secret-key}") String secretKey,
        @Nullable @Value("${motcua.s3.path-style:true}") Boolean pathStyle) {
}
