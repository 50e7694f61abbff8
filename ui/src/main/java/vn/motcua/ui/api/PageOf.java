package vn.motcua.ui.api;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record PageOf<T>(List<T> content, long totalSize, int page, int size) {
    static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(page.getContent(), page.getTotalSize(), page.getPageNumber(), page.getSize());
    }
}
