-- ORG-1: office hierarchy (national -> province -> regency/city); ORG-2: staff bound to one office with roles.
CREATE TABLE office (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(16)  NOT NULL,
    name          VARCHAR(150) NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    parent_id     BIGINT       NULL,
    time_zone     VARCHAR(40)  NOT NULL,
    address       VARCHAR(300) NOT NULL,
    email         VARCHAR(150) NOT NULL,
    whatsapp      VARCHAR(20)  NULL,
    opens_at      TIME         NOT NULL,
    closes_at     TIME         NOT NULL,
    friday_closes_at TIME      NULL,
    CONSTRAINT pk_office PRIMARY KEY (id),
    CONSTRAINT uq_office_code UNIQUE (code),
    CONSTRAINT fk_office_parent FOREIGN KEY (parent_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(300) NOT NULL,
    full_name       VARCHAR(150) NOT NULL,
    position_title  VARCHAR(150) NULL,
    email           VARCHAR(150) NULL,
    office_id       BIGINT       NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME     NULL,
    last_login_at   DATETIME     NULL,
    created_at      DATETIME     NOT NULL,
    CONSTRAINT pk_staff_account PRIMARY KEY (id),
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_office FOREIGN KEY (office_id) REFERENCES office (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_role (
    staff_id  BIGINT      NOT NULL,
    role      VARCHAR(40) NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
