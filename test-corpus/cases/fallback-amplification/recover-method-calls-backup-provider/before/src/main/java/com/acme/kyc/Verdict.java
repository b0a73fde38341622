package com.acme.kyc;

public enum Verdict { APPROVED, REJECTED, PENDING_REVIEW }
