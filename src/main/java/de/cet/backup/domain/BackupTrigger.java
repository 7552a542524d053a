package de.cet.backup.domain;

public enum BackupTrigger { SCHEDULED, ON_DEMAND }
