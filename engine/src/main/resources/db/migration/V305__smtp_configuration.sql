-- The server's SMTP configuration (Octopus's Configuration > SMTP): one row, id 'smtpconfiguration'.
-- The password is sealed with the data directory's key (AES-GCM), never stored in clear.
CREATE TABLE smtp_configuration (
    id                  VARCHAR(50) PRIMARY KEY,
    host                VARCHAR(500) NOT NULL,
    port                INTEGER NOT NULL,
    security            VARCHAR(20) NOT NULL,
    from_address        VARCHAR(500) NOT NULL,
    username            VARCHAR(500) NOT NULL,
    password_sealed     VARCHAR(4000),
    trusted_certificate VARCHAR(20000) NOT NULL,
    timeout_seconds     INTEGER NOT NULL,
    modified_on         TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by         VARCHAR(200) NOT NULL
);
