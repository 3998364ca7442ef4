-- LAW-2, REQ-6: the categories of excepted information of UU 14/2008 Pasal 17 (huruf a-j), with the clause in
-- Indonesian (the law's wording of each clause's opening; the numbered sub-items are in the law) and an unofficial
-- English rendering. Reference data: the same for every office.
CREATE TABLE exception_category (
    code      CHAR(1)       NOT NULL,
    article   VARCHAR(40)   NOT NULL,
    text_id   TEXT          NOT NULL,
    text_en   TEXT          NOT NULL,
    CONSTRAINT pk_exception_category PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO exception_category (code, article, text_id, text_en) VALUES
('a', 'Pasal 17 huruf a',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat menghambat proses penegakan hukum (antara lain penyelidikan dan penyidikan tindak pidana, identitas informan, pelapor, saksi dan/atau korban, data intelijen kriminal, keselamatan penegak hukum).',
 'Public information which, if disclosed to an applicant, could obstruct law enforcement (among others the investigation of a crime, the identity of informants, reporters, witnesses and/or victims, criminal intelligence, the safety of law enforcers).'),
('b', 'Pasal 17 huruf b',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat.',
 'Public information which, if disclosed to an applicant, could harm the protection of intellectual property rights and the protection against unfair business competition.'),
('c', 'Pasal 17 huruf c',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat membahayakan pertahanan dan keamanan negara.',
 'Public information which, if disclosed to an applicant, could endanger the defence and security of the state.'),
('d', 'Pasal 17 huruf d',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat mengungkapkan kekayaan alam Indonesia.',
 'Public information which, if disclosed to an applicant, could reveal Indonesia''s natural resources.'),
('e', 'Pasal 17 huruf e',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat merugikan ketahanan ekonomi nasional.',
 'Public information which, if disclosed to an applicant, could harm national economic resilience.'),
('f', 'Pasal 17 huruf f',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat merugikan kepentingan hubungan luar negeri.',
 'Public information which, if disclosed to an applicant, could harm the interests of foreign relations.'),
('g', 'Pasal 17 huruf g',
 'Informasi Publik yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang.',
 'Public information which, if disclosed, could reveal the content of a personal authentic deed and a person''s last will or testament.'),
('h', 'Pasal 17 huruf h',
 'Informasi Publik yang apabila dibuka dan diberikan kepada Pemohon Informasi Publik dapat mengungkap rahasia pribadi, yaitu riwayat dan kondisi anggota keluarga; riwayat, kondisi dan perawatan, pengobatan kesehatan fisik dan psikis seseorang; kondisi keuangan, aset, pendapatan dan rekening bank seseorang; hasil evaluasi sehubungan dengan kapabilitas, intelektualitas dan rekomendasi kemampuan seseorang; dan/atau catatan pribadi seseorang yang berkaitan dengan kegiatan satuan pendidikan formal dan nonformal.',
 'Public information which, if disclosed to an applicant, could reveal personal secrets, namely the history and condition of family members; the history, condition, care and treatment of a person''s physical and mental health; a person''s financial condition, assets, income and bank accounts; evaluations of a person''s capability, intellect and recommended abilities; and/or a person''s records relating to formal and non-formal education.'),
('i', 'Pasal 17 huruf i',
 'Memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan.',
 'Memoranda or letters between or within public bodies which by their nature are confidential, unless the Information Commission or a court decides otherwise.'),
('j', 'Pasal 17 huruf j',
 'Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang.',
 'Information that may not be disclosed under a statute (Undang-Undang).');
