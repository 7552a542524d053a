package de.cet.backup.domain;

public enum BackupStatus { RUNNING, SUCCEEDED, FAILED }
