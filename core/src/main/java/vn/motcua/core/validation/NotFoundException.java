package vn.motcua.core.validation;

/** The thing does not exist for this caller. Also what another tenant's ids look like: never "forbidden". */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
