/**
 * Every string a person reads, in Indonesian (the default) and English. `{name}` marks a value
 * filled in when the string is used.
 */
const entries = {
  'app.name': { id: 'Peluit', en: 'Peluit' },
  'app.tagline': {
    id: 'Saluran pengaduan Propam yang melindungi pelapor',
    en: 'The Propam reporting channel that protects reporters',
  },
  'lang.switch': { id: 'English', en: 'Bahasa Indonesia' },
  'nav.skip': { id: 'Lewati ke isi', en: 'Skip to content' },

  'home.title': {
    id: 'Laporkan pelanggaran anggota Polri',
    en: 'Report misconduct by police personnel',
  },
  'home.lead': {
    id: 'Pindai kode QR yang terpasang di ruang pelayanan untuk melapor. Sudah pernah melapor? Masukkan nomor tanda terima Anda.',
    en: 'Scan the QR code posted in the service room to report. Reported before? Enter your receipt number.',
  },

  'landing.official': { id: 'Kanal resmi Propam', en: 'Official Propam channel' },
  'landing.checkRoom': {
    id: 'Pastikan halaman ini menyebut unit dan ruangan tempat Anda memindai kode. Alamat resmi: {url}',
    en: 'Check that this page names the unit and the room where you scanned the code. Official address: {url}',
  },
  'landing.forged': {
    id: 'Perhatian: ada laporan stiker palsu untuk kode ini. Pastikan alamat di peramban Anda adalah {url}.',
    en: 'Warning: forged stickers have been reported for this code. Make sure your browser shows {url}.',
  },
  'landing.choose': { id: 'Apa yang ingin Anda lakukan?', en: 'What would you like to do?' },
  'landing.full': { id: 'Laporkan pelanggaran', en: 'Report misconduct' },
  'landing.fullHint': {
    id: 'Formulir lengkap: apa, kapan, di mana, siapa, bukti',
    en: 'The full form: what, when, where, who, evidence',
  },
  'landing.quick': { id: 'Pengaduan cepat', en: 'Quick complaint' },
  'landing.quickHint': {
    id: 'Kurang dari satu menit: kategori, pesan singkat, foto',
    en: 'Under a minute: category, a short text, a photo',
  },
  'landing.appreciation': { id: 'Beri apresiasi', en: 'Send appreciation' },
  'landing.appreciationHint': {
    id: 'Hargai anggota yang melayani dengan baik',
    en: 'Thank personnel who served you well',
  },
  'landing.follow': { id: 'Pantau laporan', en: 'Follow up a report' },
  'landing.followHint': {
    id: 'Masukkan 16 digit nomor tanda terima',
    en: 'Enter the 16 digits of your receipt',
  },
  'landing.anonymous': {
    id: 'Anda tidak perlu menyebutkan nama. Laporan bersifat anonim kecuali Anda memilih lain. Kami tidak mencatat alamat IP atau perangkat Anda.',
    en: 'You need not give your name. Reports are anonymous unless you choose otherwise. We record no IP address or device.',
  },
  'landing.next': {
    id: 'Setelah melapor, Anda menerima nomor tanda terima. Propam menerima laporan dalam 7 hari dan memberi kabar hasilnya dalam 3 bulan; pantau kapan saja dengan nomor itu.',
    en: 'After reporting you get a receipt number. Propam acknowledges within 7 days and tells you the outcome within 3 months; follow it any time with that number.',
  },

  'external.title': { id: 'Anda juga dapat melapor ke', en: 'You may also turn to' },
  'external.call': { id: 'telepon {phone}', en: 'call {phone}' },
  'external.kompolnas': {
    id: 'Kompolnas (Komisi Kepolisian Nasional)',
    en: 'Kompolnas (National Police Commission)',
  },
  'external.ombudsman': {
    id: 'Ombudsman Republik Indonesia',
    en: 'Ombudsman of the Republic of Indonesia',
  },
  'external.komnasham': {
    id: 'Komnas HAM (Komisi Nasional Hak Asasi Manusia)',
    en: 'Komnas HAM (National Human Rights Commission)',
  },
  'external.lpsk': {
    id: 'LPSK (Lembaga Perlindungan Saksi dan Korban)',
    en: 'LPSK (Witness and Victim Protection Agency)',
  },
  'external.kpk': {
    id: 'KPK (Komisi Pemberantasan Korupsi)',
    en: 'KPK (Corruption Eradication Commission)',
  },

  'channel.notFound.title': { id: 'Kode QR tidak dikenal', en: 'Unknown QR code' },
  'channel.notFound.body': {
    id: 'Kode "{code}" bukan kanal resmi Propam. Mungkin stiker rusak atau palsu. Jangan kirim laporan melalui halaman lain. Anda dapat melapor langsung ke kantor Propam terdekat atau ke lembaga di bawah ini.',
    en: 'The code "{code}" is not an official Propam channel. The sticker may be damaged or forged. Do not report through any other page. You can report in person at the nearest Propam office or to the bodies below.',
  },
  'channel.retired.title': {
    id: 'Kode QR ini sudah tidak dipakai',
    en: 'This QR code is no longer in use',
  },
  'channel.retired.body': {
    id: 'Kode "{code}" milik {unit} sudah ditarik. Gunakan salah satu kanal aktif unit ini:',
    en: 'The code "{code}" of {unit} has been retired. Use one of the unit\'s active channels:',
  },
  'channel.retired.none': {
    id: 'Unit ini belum memiliki kanal aktif lain.',
    en: 'This unit has no other active channel yet.',
  },

  'form.full.title': { id: 'Laporkan pelanggaran', en: 'Report misconduct' },
  'form.quick.title': { id: 'Pengaduan cepat', en: 'Quick complaint' },
  'form.appreciation.title': { id: 'Beri apresiasi', en: 'Send appreciation' },
  'form.for': { id: 'Untuk {unit} · {place}', en: 'For {unit} · {place}' },
  'form.errorSummary': {
    id: 'Ada yang perlu diperbaiki. Isian Anda tetap tersimpan di bawah.',
    en: 'Something needs fixing. What you typed is still below.',
  },
  'form.errorField': { id: 'Isian', en: 'Field' },
  'form.category': { id: 'Jenis pelanggaran', en: 'Kind of misconduct' },
  'form.categoryChoose': { id: 'Pilih salah satu', en: 'Choose one' },
  'form.description': { id: 'Apa yang terjadi?', en: 'What happened?' },
  'form.descriptionHint': {
    id: 'Ceritakan dengan kata-kata Anda sendiri. Jangan tulis nama Anda jika ingin tetap anonim.',
    en: 'In your own words. Leave your name out if you want to stay anonymous.',
  },
  'form.quickDescription': { id: 'Pesan singkat', en: 'Short message' },
  'form.appreciationDescription': {
    id: 'Apa yang dilakukan dengan baik?',
    en: 'What was done well?',
  },
  'form.occurredAt': { id: 'Kapan? (tanggal)', en: 'When? (date)' },
  'form.occurredAtNote': { id: 'Atau perkiraan waktu', en: 'Or an approximate time' },
  'form.occurredAtNoteHint': {
    id: 'Misalnya "awal Januari, sore hari"',
    en: 'For example "early January, afternoon"',
  },
  'form.place': { id: 'Di mana?', en: 'Where?' },
  'form.subjects': { id: 'Siapa yang dilaporkan?', en: 'Who is reported?' },
  'form.subjectsHint': {
    id: 'Isi yang Anda ketahui. Jika nama tidak diketahui, gambarkan ciri-cirinya.',
    en: 'Fill in what you know. If you do not know the name, describe the person.',
  },
  'form.appreciationSubjects': {
    id: 'Siapa yang ingin diapresiasi?',
    en: 'Whom do you want to thank?',
  },
  'form.subject': { id: 'Orang ke-{n}', en: 'Person {n}' },
  'form.subjectName': { id: 'Nama', en: 'Name' },
  'form.subjectRank': { id: 'Pangkat', en: 'Rank' },
  'form.subjectNrp': { id: 'NRP (nomor registrasi pokok)', en: 'NRP (personnel number)' },
  'form.subjectUnit': { id: 'Satuan / bagian', en: 'Unit or section' },
  'form.subjectDescription': { id: 'Ciri-ciri', en: 'Description' },
  'form.witnesses': { id: 'Saksi', en: 'Witnesses' },
  'form.witnessesHint': {
    id: 'Siapa lagi yang melihat atau tahu?',
    en: 'Who else saw it or knows?',
  },
  'form.files': {
    id: 'Bukti (foto, PDF, Word, Excel, PowerPoint)',
    en: 'Evidence (photos, PDF, Word, Excel, PowerPoint)',
  },
  'form.filesCleaned': {
    id: 'Data tersembunyi di dalam berkas (lokasi GPS, jenis ponsel, nama pembuat) dihapus sebelum disimpan.',
    en: 'Hidden data inside files (GPS location, phone model, author name) is removed before they are stored.',
  },
  'form.filesHint': {
    id: 'Paling banyak {count} berkas, masing-masing paling besar {size} MB.',
    en: 'At most {count} files, each at most {size} MB.',
  },
  'form.quickFile': { id: 'Foto (tidak wajib)', en: 'Photo (optional)' },
  'form.attached': { id: 'Sudah terlampir:', en: 'Already attached:' },
  'form.removeFile': { id: 'hapus', en: 'remove' },
  'form.subjectIsPropam': {
    id: 'Yang dilaporkan adalah anggota Propam',
    en: 'The person reported is Propam staff',
  },
  'form.subjectIsCommander': {
    id: 'Yang dilaporkan adalah pimpinan (kepala) unit ini',
    en: 'The person reported is the commander of this unit',
  },
  'form.escalateHint': {
    id: 'Jika dicentang, laporan langsung diteruskan ke Propam satu tingkat di atasnya.',
    en: 'If ticked, the report goes straight to the Propam section one level up.',
  },
  'form.identity': { id: 'Identitas Anda', en: 'Your identity' },
  'form.identity.anonymous': {
    id: 'Anonim: tanpa nama (disarankan)',
    en: 'Anonymous: no name (recommended)',
  },
  'form.identity.confidential': {
    id: 'Rahasia: nama hanya diketahui petugas yang menangani',
    en: 'Confidential: only the case handlers know my name',
  },
  'form.identity.open': { id: 'Terbuka: nama boleh diketahui', en: 'Open: my name may be known' },
  'form.identityName': {
    id: 'Nama Anda (wajib bila rahasia atau terbuka)',
    en: 'Your name (needed if confidential or open)',
  },
  'form.identityContact': {
    id: 'Kontak (telepon atau e-mail, tidak wajib)',
    en: 'Contact (phone or e-mail, optional)',
  },
  'form.appreciationUnit': {
    id: 'Unit anggota tersebut (jika bukan unit ini)',
    en: 'Their unit (if not this one)',
  },
  'form.appreciationUnitSame': { id: 'Unit ini', en: 'This unit' },
  'form.submit': { id: 'Kirim laporan', en: 'Send report' },
  'form.submitAppreciation': { id: 'Kirim apresiasi', en: 'Send appreciation' },
  'form.optional': { id: '(tidak wajib)', en: '(optional)' },
  'form.back': { id: 'Kembali', en: 'Back' },

  'receipt.title': { id: 'Laporan Anda sudah diterima', en: 'Your report has been received' },
  'receipt.number': { id: 'Nomor tanda terima Anda', en: 'Your receipt number' },
  'receipt.warning': {
    id: 'Catat atau cetak nomor ini sekarang. Nomor ini hanya ditampilkan sekali dan tidak dapat dipulihkan: kami tidak menyimpannya dan tidak tahu siapa Anda.',
    en: 'Write this number down or print it now. It is shown only once and cannot be recovered: we do not keep it and do not know who you are.',
  },
  'receipt.caseNumber': { id: 'Nomor perkara: {number}', en: 'Case number: {number}' },
  'receipt.next': {
    id: 'Dengan nomor tanda terima Anda dapat melihat perkembangan, menjawab pertanyaan petugas dan menambah bukti. Buka kembali kode QR ini lalu pilih "Pantau laporan".',
    en: 'With the receipt you can see progress, answer the handlers\' questions and add evidence. Open this QR code again and choose "Follow up a report".',
  },
  'receipt.print': { id: 'Cetak', en: 'Print' },
  'receipt.follow': { id: 'Pantau laporan sekarang', en: 'Follow the report now' },

  'follow.title': { id: 'Pantau laporan', en: 'Follow up a report' },
  'follow.receipt': { id: 'Nomor tanda terima (16 digit)', en: 'Receipt number (16 digits)' },
  'follow.submit': { id: 'Buka laporan', en: 'Open report' },
  'follow.state': { id: 'Status', en: 'State' },
  'follow.outcome': { id: 'Hasil', en: 'Outcome' },
  'follow.yourReport': { id: 'Laporan Anda', en: 'Your report' },
  'follow.messages': { id: 'Pesan', en: 'Messages' },
  'follow.noMessages': { id: 'Belum ada pesan.', en: 'No messages yet.' },
  'follow.fromHandler': { id: 'Petugas Propam', en: 'Propam handler' },
  'follow.fromYou': { id: 'Anda', en: 'You' },
  'follow.reply': { id: 'Jawab atau tambah bukti', en: 'Answer or add evidence' },
  'follow.replyBody': { id: 'Pesan Anda', en: 'Your message' },
  'follow.send': { id: 'Kirim', en: 'Send' },
  'follow.sent': { id: 'Pesan Anda terkirim.', en: 'Your message was sent.' },
  'follow.logout': { id: 'Keluar', en: 'Log out' },
  'follow.thanks': {
    id: 'Terima kasih atas apresiasi Anda. Sudah diteruskan kepada pimpinan.',
    en: 'Thank you for your appreciation. It has been passed on.',
  },
  'follow.files': { id: 'Berkas', en: 'Files' },

  'state.diterima': { id: 'Diterima', en: 'Received' },
  'state.verifikasi': { id: 'Verifikasi', en: 'Assessment' },
  'state.penyelidikan': { id: 'Penyelidikan', en: 'Investigation' },
  'state.sidang': { id: 'Sidang', en: 'Hearing' },
  'state.diteruskan': { id: 'Diteruskan ke pimpinan', en: 'Passed to the commander' },
  'state.selesai': { id: 'Selesai', en: 'Concluded' },
  'outcome.terbukti': { id: 'Terbukti', en: 'Substantiated' },
  'outcome.tidak_terbukti': { id: 'Tidak terbukti', en: 'Not substantiated' },
  'outcome.dilimpahkan': { id: 'Dilimpahkan', en: 'Forwarded to another body' },
  'outcome.tidak_dapat_ditindaklanjuti': {
    id: 'Tidak dapat ditindaklanjuti',
    en: 'Cannot be followed up',
  },
  'kind.pengaduan': { id: 'Pengaduan', en: 'Complaint' },
  'kind.pengaduan_cepat': { id: 'Pengaduan cepat', en: 'Quick complaint' },
  'kind.apresiasi': { id: 'Apresiasi', en: 'Appreciation' },

  'category.pungli': { id: 'Pungutan liar / pemerasan', en: 'Illegal levies, extortion' },
  'category.penyalahgunaan_wewenang': { id: 'Penyalahgunaan wewenang', en: 'Abuse of authority' },
  'category.kekerasan': { id: 'Kekerasan', en: 'Violence' },
  'category.suap_gratifikasi': { id: 'Suap dan gratifikasi', en: 'Bribery and gratification' },
  'category.narkoba': { id: 'Narkoba', en: 'Drugs' },
  'category.asusila': { id: 'Asusila', en: 'Sexual misconduct' },
  'category.pelayanan_tidak_profesional': {
    id: 'Pelayanan tidak profesional',
    en: 'Unprofessional service',
  },
  'category.rekayasa_perkara': { id: 'Rekayasa perkara', en: 'Fabricating or brokering cases' },
  'category.pelanggaran_disiplin': { id: 'Pelanggaran disiplin', en: 'Discipline violation' },
  'category.pelanggaran_kode_etik': { id: 'Pelanggaran kode etik', en: 'Code-of-ethics violation' },
  'category.lainnya': { id: 'Lainnya', en: 'Other' },

  'field.outcomeOnlyOnConclusion': {
    id: 'Hasil hanya dicatat saat perkara diselesaikan. Kosongkan hasil, atau pilih status Selesai.',
    en: 'An outcome is recorded only when the case is concluded. Clear it, or choose Concluded.',
  },
  'field.reasonRequired': {
    id: 'Tulis alasan yang jelas (paling sedikit 10 karakter). Alasan dicatat dan pelapor diberi tahu.',
    en: 'Write a clear reason (at least 10 characters). It is recorded and the reporter is told.',
  },
  'field.notConfidential': {
    id: 'Identitas laporan ini tidak dirahasiakan.',
    en: "This report's identity is not confidential.",
  },
  'field.totpWrong': {
    id: 'Kode tidak cocok. Pastikan jam ponsel tepat, lalu masukkan kode yang sedang tampil.',
    en: "The code does not match. Check your phone's clock, then enter the code shown now.",
  },
  'field.totpSetupFirst': { id: 'Mulai penyiapan terlebih dahulu.', en: 'Start the set-up first.' },
  'field.required': { id: 'Wajib diisi.', en: 'This is required.' },
  'field.invalid': { id: 'Isian ini tidak valid.', en: 'This value is not valid.' },
  'field.tooLong': { id: 'Terlalu panjang.', en: 'Too long.' },
  'field.descriptionTooLong': {
    id: 'Paling banyak 10.000 karakter. Persingkat atau bagi ke beberapa pesan.',
    en: 'At most 10,000 characters. Shorten it, or send the rest as a message later.',
  },
  'field.quickTooLong': {
    id: 'Pengaduan cepat paling banyak 2.000 karakter. Untuk cerita panjang, pakai formulir lengkap.',
    en: 'A quick complaint has at most 2,000 characters. For a longer account use the full form.',
  },
  'field.kindInvalid': { id: 'Jenis laporan tidak dikenal.', en: 'Unknown kind of report.' },
  'field.categoryInvalid': {
    id: 'Pilih jenis pelanggaran dari daftar.',
    en: 'Choose a kind of misconduct from the list.',
  },
  'field.categoryRequired': { id: 'Pilih jenis pelanggaran.', en: 'Choose a kind of misconduct.' },
  'field.dateInvalid': {
    id: 'Tanggal tidak valid. Gunakan perkiraan waktu jika ragu.',
    en: 'Not a valid date. Use the approximate time if unsure.',
  },
  'field.dateFuture': { id: 'Tanggal ini belum terjadi.', en: 'This date is in the future.' },
  'field.nrpDigits': { id: 'NRP terdiri dari angka saja.', en: 'An NRP is made of digits only.' },
  'field.tooManySubjects': { id: 'Paling banyak 10 orang.', en: 'At most 10 people.' },
  'field.nameRequired': {
    id: 'Tulis nama Anda, atau pilih anonim.',
    en: 'Write your name, or choose anonymous.',
  },
  'field.tooManyFiles': {
    id: 'Terlalu banyak berkas: paling banyak 5.',
    en: 'Too many files: at most 5.',
  },
  'field.fileTooLarge': {
    id: 'Berkas terlalu besar: paling besar 10 MB.',
    en: 'File too large: at most 10 MB.',
  },
  'field.fileType': {
    id: 'Hanya foto (JPEG, PNG, WebP), PDF, atau dokumen Word, Excel, PowerPoint yang diterima.',
    en: 'Only photos (JPEG, PNG, WebP), PDF, or Word, Excel, PowerPoint documents are accepted.',
  },
  'field.fileNameMismatch': {
    id: 'Isi berkas tidak sesuai dengan namanya (misalnya .pdf yang sebenarnya bukan PDF).',
    en: "The file's content does not match its name (a .pdf that is not a PDF, say).",
  },
  'field.fileHeic': {
    id: 'Foto HEIC tidak dapat dibersihkan dari data lokasinya. Kirim sebagai JPEG (di iPhone: Pengaturan → Kamera → Format → Paling Kompatibel), atau ambil tangkapan layar foto itu.',
    en: 'HEIC photos cannot be cleaned of their location data. Send it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible), or send a screenshot of the photo.',
  },
  'field.fileDamaged': {
    id: 'Berkas ini rusak atau terkunci sehingga data pembuatnya tidak dapat dihapus; demi keamanan Anda berkas tidak disimpan. Coba simpan ulang atau kirim sebagai foto.',
    en: 'This file is damaged or locked, so what it records about its maker cannot be removed; for your safety it was not kept. Save it again, or send a photo of it.',
  },
  'field.channelUnknown': { id: 'Kanal tidak dikenal.', en: 'Unknown channel.' },
  'field.channelRetired': { id: 'Kanal ini sudah ditarik.', en: 'This channel has been retired.' },
  'field.unitUnknown': { id: 'Unit tidak dikenal.', en: 'Unknown unit.' },
  'field.transitionNotAllowed': {
    id: 'Perpindahan status ini tidak diizinkan.',
    en: 'This change of state is not allowed.',
  },
  'field.outcomeRequired': {
    id: 'Pilih hasil untuk menyelesaikan perkara.',
    en: 'Choose an outcome to conclude the case.',
  },
  'field.usernameFormat': {
    id: 'Nama pengguna 3–40 huruf kecil, angka, titik, garis.',
    en: 'Username: 3–40 lowercase letters, digits, dots, dashes.',
  },
  'field.usernameTaken': { id: 'Nama pengguna sudah dipakai.', en: 'That username is taken.' },
  'field.roleInvalid': { id: 'Peran tidak dikenal.', en: 'Unknown role.' },
  'field.emailInvalid': { id: 'Alamat e-mail tidak valid.', en: 'Not a valid e-mail address.' },
  'field.passwordShort': {
    id: 'Kata sandi paling sedikit 10 karakter.',
    en: 'A password has at least 10 characters.',
  },

  'error.validation': { id: 'Ada isian yang perlu diperbaiki.', en: 'Some fields need fixing.' },
  'error.badRequest': {
    id: 'Permintaan tidak dapat dibaca.',
    en: 'The request could not be read.',
  },
  'error.notFound': { id: 'Halaman atau data tidak ditemukan.', en: 'Page or record not found.' },
  'error.forbidden': {
    id: 'Anda tidak berwenang melihat ini.',
    en: 'You are not allowed to see this.',
  },
  'error.unauthorized': { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  'error.gone': { id: 'Sudah tidak tersedia.', en: 'No longer available.' },
  'error.tooManyAttempts': {
    id: 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  'error.payloadTooLarge': { id: 'Kiriman terlalu besar.', en: 'What you sent is too large.' },
  'error.receiptCheckDigit': {
    id: 'Periksa kembali angkanya: ada digit yang salah ketik atau tertukar.',
    en: 'Check the digits: one is mistyped or two are swapped.',
  },
  'error.receiptMalformed': {
    id: 'Nomor tanda terima terdiri dari 16 angka.',
    en: 'A receipt number is 16 digits.',
  },
  'error.receiptUnknown': {
    id: 'Nomor tanda terima ini tidak ditemukan.',
    en: 'This receipt number was not found.',
  },
  'error.reporterSessionExpired': {
    id: 'Sesi Anda berakhir. Masukkan nomor tanda terima lagi.',
    en: 'Your session has ended. Enter your receipt number again.',
  },
  'error.loginFailed': {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  'error.usernameTaken': { id: 'Nama pengguna sudah dipakai.', en: 'That username is taken.' },
  'error.caseChanged': {
    id: 'Perkara baru saja diubah orang lain. Muat ulang halaman.',
    en: 'Someone else just changed this case. Reload the page.',
  },
  'error.awaitingConfirmation': {
    id: 'Akun Anda belum dikonfirmasi sebagai pembaca. Minta pembaca di unit Anda (atau unit di atasnya) mengonfirmasi akun Anda.',
    en: 'Your account is not yet confirmed as a reader. Ask a reader of your unit (or a unit above it) to confirm it.',
  },
  'error.noGrant': {
    id: 'Anda belum memegang kunci perkara ini.',
    en: 'You do not hold the key of this case yet.',
  },
  'error.notReaderRole': {
    id: 'Peran akun ini tidak membaca perkara unit.',
    en: "This account's role reads no unit's cases.",
  },
  'error.conflict': { id: 'Sudah ada.', en: 'It exists already.' },
  'error.submissionReused': {
    id: 'Formulir ini sudah pernah dikirim dengan isi lain. Untuk laporan baru, buka formulir baru dari kode QR.',
    en: 'This form was already sent with other content. For a new report, open a new form from the QR code.',
  },
  'error.alreadySubmitted': {
    id: 'Laporan ini sudah diterima. Nomor tanda terimanya hanya ditampilkan sekali, saat dikirim.',
    en: 'This report was already received. Its receipt was shown once, when it was sent.',
  },
  'error.totpRequired': {
    id: 'Masukkan kode 6 digit dari aplikasi autentikator Anda (atau kode pemulihan).',
    en: 'Enter the 6-digit code from your authenticator app (or a recovery code).',
  },
  'error.totpWrong': {
    id: 'Kode autentikator salah atau sudah dipakai. Tunggu kode berikutnya lalu coba lagi.',
    en: 'Wrong or already used authenticator code. Wait for the next code and try again.',
  },
  'error.tooManyLogins': {
    id: 'Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Tunggu beberapa menit lalu coba lagi.',
    en: 'Too many failed log-ins from this device. Wait a few minutes and try again.',
  },
  'error.confirmRetire': {
    id: 'Centang "Saya yakin" untuk menarik kanal.',
    en: 'Tick "I am sure" to retire a channel.',
  },
  'error.csrf': {
    id: 'Formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.',
    en: 'The form has expired. Reload the page and try again.',
  },
  'error.databaseLocked': {
    id: 'Basis data sedang dipakai proses lain.',
    en: 'The database is in use by another process.',
  },
  'error.internal': {
    id: 'Terjadi kesalahan pada server. Isian Anda tidak hilang; coba lagi sebentar lagi.',
    en: 'Something went wrong on the server. Try again in a moment.',
  },
  'error.title': { id: 'Maaf', en: 'Sorry' },
  'error.home': { id: 'Ke halaman awal', en: 'To the home page' },

  'staff.title': { id: 'Ruang kerja Propam', en: 'Propam workspace' },
  'staff.login': { id: 'Masuk petugas', en: 'Staff login' },
  'staff.username': { id: 'Nama pengguna', en: 'Username' },
  'staff.password': { id: 'Kata sandi', en: 'Password' },
  'staff.loginSubmit': { id: 'Masuk', en: 'Log in' },
  'staff.logout': { id: 'Keluar', en: 'Log out' },
  'staff.inbox': { id: 'Kotak masuk {unit}', en: 'Inbox of {unit}' },
  'staff.inboxEmpty': { id: 'Belum ada perkara.', en: 'No cases yet.' },
  'staff.filterAll': { id: 'Semua', en: 'All' },
  'staff.caseNumber': { id: 'Nomor perkara', en: 'Case number' },
  'staff.kind': { id: 'Jenis', en: 'Kind' },
  'staff.category': { id: 'Kategori', en: 'Category' },
  'staff.state': { id: 'Status', en: 'State' },
  'staff.submitted': { id: 'Masuk', en: 'Submitted' },
  'staff.updated': { id: 'Terakhir', en: 'Last activity' },
  'staff.escalated': { id: 'Tentang Propam / pimpinan', en: 'About Propam / commander' },
  'staff.channel': { id: 'Kanal', en: 'Channel' },
  'staff.report': { id: 'Isi laporan', en: 'The report' },
  'staff.occurred': { id: 'Waktu kejadian', en: 'When it happened' },
  'staff.place': { id: 'Tempat', en: 'Place' },
  'staff.subjects': { id: 'Terlapor', en: 'Persons reported' },
  'staff.witnesses': { id: 'Saksi', en: 'Witnesses' },
  'staff.identity': { id: 'Identitas pelapor', en: "Reporter's identity" },
  'staff.identityAnonymous': { id: 'Anonim', en: 'Anonymous' },
  'staff.files': { id: 'Bukti', en: 'Evidence' },
  'staff.download': { id: 'unduh', en: 'download' },
  'staff.history': { id: 'Riwayat status', en: 'History' },
  'staff.move': { id: 'Ubah status', en: 'Change state' },
  'staff.moveTo': { id: 'Status baru', en: 'New state' },
  'staff.outcome': { id: 'Hasil (untuk menyelesaikan)', en: 'Outcome (to conclude)' },
  'staff.moveSubmit': { id: 'Simpan status', en: 'Save state' },
  'staff.messages': { id: 'Pesan dan catatan', en: 'Messages and notes' },
  'staff.writeMessage': { id: 'Tulis', en: 'Write' },
  'staff.toReporter': { id: 'Pesan kepada pelapor', en: 'Message to the reporter' },
  'staff.internal': {
    id: 'Catatan internal (tidak terlihat pelapor)',
    en: 'Internal note (never shown to the reporter)',
  },
  'staff.send': { id: 'Kirim', en: 'Send' },
  'staff.fromReporter': { id: 'Pelapor', en: 'Reporter' },
  'staff.internalBadge': { id: 'internal', en: 'internal' },
  'staff.noReaders': {
    id: 'Peran Anda tidak membaca isi laporan.',
    en: 'Your role does not read report content.',
  },
  'staff.backToInbox': { id: 'Kembali ke kotak masuk', en: 'Back to the inbox' },
  'readers.title': { id: 'Konfirmasi pembaca', en: 'Confirm readers' },
  'readers.lead': {
    id: 'Akun baru belum dapat membaca laporan sampai pembaca yang sudah dikonfirmasi di unit ini atau unit di atasnya mengonfirmasinya. Konfirmasi memberi akun itu kunci perkara unitnya. Pastikan orangnya benar.',
    en: "A new account reads no report until a confirmed reader of its unit or a unit above it confirms it. Confirming gives it the keys of its unit's cases. Make sure it is the right person.",
  },
  'readers.confirm': { id: 'Konfirmasi', en: 'Confirm' },
  'readers.none': {
    id: 'Tidak ada akun yang menunggu konfirmasi.',
    en: 'No account is waiting for confirmation.',
  },
  'readers.done': { id: '{username} sudah dikonfirmasi.', en: '{username} is confirmed.' },
  'readers.link': { id: 'Konfirmasi pembaca', en: 'Confirm readers' },
  'readers.waitingSelf': {
    id: 'Akun Anda menunggu konfirmasi pembaca: Anda melihat daftar perkara tetapi belum dapat membuka isinya.',
    en: "Your account awaits a reader's confirmation: you see the list of cases but cannot open them yet.",
  },
  'role.triase': { id: 'Triase', en: 'Triage' },
  'role.penyidik': { id: 'Penyidik', en: 'Investigator' },
  'role.pimpinan': { id: 'Pimpinan', en: 'Head' },
  'role.apresiasi': { id: 'Penerima apresiasi', en: 'Appreciation recipient' },
  'role.auditor': { id: 'Auditor', en: 'Auditor' },
  'role.admin': { id: 'Administrator', en: 'Administrator' },
  'identity.hidden': {
    id: 'Dirahasiakan. Buka hanya bila perlu untuk penanganan: alasan Anda dicatat dan pelapor diberi tahu.',
    en: 'Confidential. Open it only if handling needs it: your reason is recorded and the reporter is told.',
  },
  'identity.reason': { id: 'Alasan membuka identitas', en: 'Reason for opening the identity' },
  'identity.reveal': { id: 'Buka identitas', en: 'Open identity' },
  'identity.revealed': {
    id: 'Dibuka oleh {username} pada {at}: {reason}',
    en: 'Opened by {username} on {at}: {reason}',
  },
  'follow.revealed': {
    id: 'Identitas Anda dibuka oleh petugas yang menangani pada {at}, dengan alasan yang dicatat.',
    en: 'Your identity was opened by a handler of your case on {at}, with a recorded reason.',
  },
  'staff.unreadWarning': {
    id: 'Perkara berikut belum dapat dibaca petugas mana pun: unitnya belum punya pembaca yang dikonfirmasi. Tambahkan pembaca dan minta konfirmasi (atau pakai kunci pemulihan).',
    en: 'These cases cannot be read by any staff member yet: their unit has no confirmed reader. Add a reader and have them confirmed (or use the recovery key).',
  },
  'staff.fileFromReply': { id: 'dari jawaban pelapor', en: 'from a reply' },
  'password.title': { id: 'Ganti kata sandi', en: 'Change password' },
  'password.current': { id: 'Kata sandi sekarang', en: 'Current password' },
  'password.new': {
    id: 'Kata sandi baru (paling sedikit 10 karakter)',
    en: 'New password (at least 10 characters)',
  },
  'password.submit': { id: 'Simpan kata sandi', en: 'Save password' },
  'password.done': {
    id: 'Kata sandi diganti. Kunci Anda kini dilindungi kata sandi baru; sesi lain sudah diakhiri.',
    en: 'Password changed. Your key is now protected by the new one; other sessions were ended.',
  },
  'password.link': { id: 'Kata sandi', en: 'Password' },
  'staff.totp': { id: 'Kode autentikator', en: 'Authenticator code' },
  'staff.totpHint': {
    id: 'Enam angka dari aplikasi autentikator, atau kode pemulihan. Kosongkan saat masuk pertama kali.',
    en: 'Six digits from your authenticator app, or a recovery code. Leave empty at your first log-in.',
  },
  'totp.title': { id: 'Siapkan faktor kedua', en: 'Set up the second factor' },
  'totp.lead': {
    id: 'Akun petugas dilindungi kata sandi dan kode dari aplikasi autentikator (misalnya FreeOTP, Aegis, Google Authenticator). Pindai kode ini dengan aplikasi itu, lalu masukkan kode yang tampil.',
    en: 'Staff accounts are protected by a password and a code from an authenticator app (FreeOTP, Aegis, Google Authenticator…). Scan this code with the app, then enter the code it shows.',
  },
  'totp.qrAlt': {
    id: 'Kode QR untuk aplikasi autentikator',
    en: 'QR code for the authenticator app',
  },
  'totp.manual': {
    id: 'Tidak bisa memindai? Ketik kunci ini di aplikasi:',
    en: 'Cannot scan? Type this key into the app:',
  },
  'totp.code': { id: 'Kode 6 digit dari aplikasi', en: 'The 6-digit code from the app' },
  'totp.confirm': { id: 'Aktifkan', en: 'Turn on' },
  'totp.done': { id: 'Faktor kedua aktif', en: 'The second factor is on' },
  'totp.codesWarning': {
    id: 'Simpan kode pemulihan ini di tempat aman (dicetak, bukan di ponsel yang sama). Masing-masing hanya berlaku sekali, untuk masuk jika ponsel hilang. Kode ini hanya ditampilkan sekarang.',
    en: 'Keep these recovery codes somewhere safe (printed, not on the same phone). Each works once, to log in if the phone is lost. They are shown only now.',
  },
  'totp.continue': { id: 'Lanjut ke kotak masuk', en: 'Go to the inbox' },
  'poster.official': { id: 'Kanal resmi Propam', en: 'Official Propam channel' },
  'poster.full': {
    id: 'Laporkan pelanggaran anggota Polri',
    en: 'Report misconduct by police personnel',
  },
  'poster.quick': { id: 'Pengaduan cepat', en: 'Quick complaint' },
  'poster.appreciation': {
    id: 'Beri apresiasi untuk anggota yang melayani dengan baik',
    en: 'Thank personnel who served you well',
  },
  'poster.scan': {
    id: 'Pindai kode ini dengan kamera ponsel Anda',
    en: 'Scan this code with your phone camera',
  },
  'poster.code': {
    id: 'Tidak bisa memindai? Ketik alamat di atas. Kode kanal: {code}',
    en: 'Cannot scan? Type the address above. Channel code: {code}',
  },
  'poster.check': {
    id: 'Pastikan halaman yang terbuka menyebut {unit} dan {place}. Jika tidak, kode ini palsu.',
    en: 'Make sure the page that opens names {unit} and {place}. If not, this code is forged.',
  },
  'poster.anonymous': {
    id: 'Anda tidak perlu menyebut nama: laporan anonim kecuali Anda memilih lain. Kami tidak mencatat alamat IP atau perangkat Anda.',
    en: 'You need not give your name: reports are anonymous unless you choose otherwise. We record no IP address or device.',
  },
  'poster.next': {
    id: 'Setelah melapor Anda menerima nomor tanda terima 16 digit untuk memantau laporan dan menjawab pertanyaan petugas. Propam menanggapi dalam 7 hari.',
    en: 'After reporting you get a 16-digit receipt to follow the report and answer the handlers. Propam responds within 7 days.',
  },
  'poster.others': {
    id: 'Anda juga dapat melapor ke Kompolnas, Ombudsman RI (137), Komnas HAM, LPSK (148) atau KPK (198).',
    en: 'You may also turn to Kompolnas, the Ombudsman (137), Komnas HAM, LPSK (148) or the KPK (198).',
  },
  'channels.title': { id: 'Kanal QR', en: 'QR channels' },
  'channels.link': { id: 'Kanal QR', en: 'QR channels' },
  'channels.counts': {
    id: '{views} kali dibuka ({views30} dalam 30 hari) · {reports} laporan',
    en: '{views} views ({views30} in 30 days) · {reports} reports',
  },
  'channels.posterA4': { id: 'Poster A4', en: 'A4 poster' },
  'channels.posterA5': { id: 'Poster A5', en: 'A5 poster' },
  'channels.posterAll': {
    id: 'Cetak poster semua kanal (A4)',
    en: 'Print posters of every channel (A4)',
  },
  'channels.forged': { id: 'Tandai dilaporkan palsu', en: 'Mark as reported forged' },
  'channels.unforged': { id: 'Hapus tanda palsu', en: 'Clear the forged mark' },
  'channels.retire': { id: 'Tarik', en: 'Retire' },
  'channels.replace': { id: 'Ganti dengan kode baru', en: 'Replace with a new code' },
  'channels.newCode': { id: 'Kode baru', en: 'New code' },
  'channels.add': { id: 'Kanal baru', en: 'New channel' },
  'channels.unit': { id: 'Unit', en: 'Unit' },
  'channels.code': {
    id: 'Kode (huruf besar, angka, garis)',
    en: 'Code (capitals, digits, dashes)',
  },
  'channels.place': {
    id: 'Tempat (ruang, loket, kendaraan, acara)',
    en: 'Place (room, counter, vehicle, event)',
  },
  'channels.form': { id: 'Halaman dibuka dengan', en: 'The page leads with' },
  'channels.note': { id: 'Catatan (tidak wajib)', en: 'Note (optional)' },
  'channels.create': { id: 'Buat kanal', en: 'Create channel' },
  'channels.sure': {
    id: 'Saya yakin: kode ini tidak dipakai lagi',
    en: 'I am sure: this code is no longer used',
  },
  'channels.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'channelState.active': { id: 'aktif', en: 'active' },
  'channelState.retired': { id: 'ditarik', en: 'retired' },
  'channelState.forged': { id: 'dilaporkan palsu', en: 'reported forged' },
  'staff.zone': { id: 'Waktu {zone}', en: 'Times in {zone}' },
} as const;

export type Lang = 'id' | 'en';
export type MessageKey = keyof typeof entries;

export const languages: readonly Lang[] = ['id', 'en'];

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(entries, value);
}

/** The string for `key` in `lang`, with `{name}` placeholders filled in. */
export function translate(
  lang: Lang,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const template: string = entries[key][lang];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** A translator bound to one language. */
export type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  return (key, values) => translate(lang, key, values);
}

/** Picks a language from `Accept-Language`, falling back to Indonesian. */
export function negotiate(header: string | undefined): Lang {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = ranked.find((l) => l.tag === 'id' || l.tag === 'en');
  return (first?.tag as Lang | undefined) ?? 'id';
}
