/**
 * SVG diagrams of state machines laid out by Eclipse ELK. ELK's and EMF's jars are automatic modules
 * named after their files (ELK's graph hands out EMF lists); ELK uses Guava and Xtend's library without
 * declaring them, so this module requires them for it.
 */
@SuppressWarnings("requires-automatic") // ELK, EMF, Xtend: see docs/modules.md
module dev.sfntest.diagram {
    requires transitive dev.sfntest.core;
    requires static transitive org.apiguardian.api;
    requires org.eclipse.elk.core;
    requires org.eclipse.elk.graph;
    requires org.eclipse.elk.alg.layered;
    requires org.eclipse.emf.common;
    requires org.eclipse.emf.ecore;
    requires org.eclipse.xtext.xbase.lib;
    requires com.google.common;

    exports dev.sfntest.diagram;
}
