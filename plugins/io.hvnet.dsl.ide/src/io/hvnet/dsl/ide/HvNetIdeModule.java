package io.hvnet.dsl.ide;

/** Guice bindings of hvnet's UI-independent IDE services (content assist, highlighting, hover, rename...). */
public class HvNetIdeModule extends AbstractHvNetIdeModule {
}
