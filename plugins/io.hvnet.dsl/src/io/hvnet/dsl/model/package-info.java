/** Derived facts of a topology that every consumer (validator, simulator, diagram) must agree on. */
package io.hvnet.dsl.model;
