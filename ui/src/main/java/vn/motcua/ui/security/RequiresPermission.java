package vn.motcua.ui.security;

import vn.motcua.core.context.Permission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a page needs ({@link Permission} says who holds it); the guard checks it on every navigation and
 * the menu shows the page only to those who hold it. A page without it is open to every signed-in person.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {
    Permission value();
}
