package dev.opsdiff.model;

public enum TypeKind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }
