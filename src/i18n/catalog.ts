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
    id: 'Unit anggota yang Anda apresiasi',
    en: 'The unit of the officer you thank',
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
  'receipt.when': {
    id: 'Petugas Propam akan menanggapi laporan Anda dalam {acknowledge}, mengirim kabar perkembangan selama penanganan, dan memberitahukan hasilnya dalam {feedback}.',
    en: 'Propam will answer your report within {acknowledge}, send progress updates while it is handled, and tell you the outcome within {feedback}.',
  },
  'period.days': { id: '{n} hari', en: '{n} days' },
  'period.workdays': { id: '{n} hari kerja', en: '{n} working days' },
  'period.months': { id: '{n} bulan', en: '{n} months' },
  'receipt.print': { id: 'Cetak', en: 'Print' },
  'receipt.follow': { id: 'Pantau laporan sekarang', en: 'Follow the report now' },

  'follow.title': { id: 'Pantau laporan', en: 'Follow up a report' },
  'follow.concludedOn': { id: 'Selesai pada', en: 'Concluded on' },
  'follow.letter': { id: 'Unduh surat pemberitahuan (PDF)', en: 'Download the letter (PDF)' },
  'follow.notSatisfied': {
    id: 'Bila Anda tidak puas dengan penanganan laporan ini, Anda dapat menyampaikannya kepada lembaga berikut.',
    en: 'If you are not satisfied with how this report was handled, you may turn to these bodies.',
  },
  'follow.stateHelp.diterima': {
    id: 'Laporan Anda sudah diterima dan menunggu ditelaah oleh petugas Propam.',
    en: 'Your report has been received and waits to be looked at by Propam.',
  },
  'follow.stateHelp.verifikasi': {
    id: 'Petugas sedang menilai laporan Anda: apakah dapat ditindaklanjuti, dan melalui jalur apa.',
    en: 'Propam is assessing your report: whether it can be followed up, and how.',
  },
  'follow.stateHelp.penyelidikan': {
    id: 'Laporan Anda sedang diselidiki: petugas mengumpulkan keterangan dan bukti.',
    en: 'Your report is being investigated: Propam is gathering statements and evidence.',
  },
  'follow.stateHelp.sidang': {
    id: 'Perkara ini sedang disidangkan (sidang disiplin atau komisi kode etik).',
    en: 'The case is before a hearing (a discipline hearing or the ethics commission).',
  },
  'follow.stateHelp.selesai': {
    id: 'Penanganan laporan Anda sudah selesai. Hasilnya tertulis di atas.',
    en: 'Your report has been dealt with. The outcome is shown above.',
  },
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
  // Appreciation, statistics and the audit log.
  'follow.thanksForwarded': {
    id: 'Terima kasih. Apresiasi Anda telah diteruskan kepada pimpinan/SDM {unit} pada {date}.',
    en: 'Thank you. Your appreciation was passed on to the commander or HR of {unit} on {date}.',
  },
  'follow.thanksConcluded': {
    id: 'Pimpinan/SDM {unit} telah menerima apresiasi Anda ({date}). Terima kasih telah membantu kami mengenali anggota yang melayani dengan baik.',
    en: 'The commander or HR of {unit} have received your appreciation ({date}). Thank you for helping us recognise personnel who serve well.',
  },
  'form.appreciationUnitHint': {
    id: 'Apresiasi dikirim kepada pimpinan/SDM unit ini. Bila anggota bertugas di unit lain, pilih unitnya dari daftar.',
    en: 'The appreciation goes to the commander or HR of this unit. If the officer serves in another unit, pick it from the list.',
  },
  'field.unitNotListed': {
    id: 'Pilih unit dari daftar.',
    en: 'Pick a unit from the list.',
  },
  'field.periodReversed': {
    id: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    en: 'The end date cannot be before the start date.',
  },
  'stats.link': { id: 'Statistik', en: 'Statistics' },
  'stats.title': { id: 'Statistik laporan', en: 'Report statistics' },
  'stats.unit': { id: 'Unit', en: 'Unit' },
  'stats.descendants': { id: 'Termasuk unit di bawahnya', en: 'Include the units below it' },
  'stats.from': { id: 'Masuk sejak tanggal', en: 'Received from' },
  'stats.to': { id: 'Sampai tanggal', en: 'Until' },
  'stats.show': { id: 'Tampilkan', en: 'Show' },
  'stats.none': { id: 'Belum ada', en: 'None yet' },
  'stats.total': { id: 'laporan', en: 'reports' },
  'stats.open': { id: 'masih berjalan', en: 'still open' },
  'stats.overdue': { id: 'lewat tenggat', en: 'past a deadline' },
  'stats.appreciations': { id: 'apresiasi', en: 'appreciations' },
  'stats.byKind': { id: 'Jenis laporan', en: 'Kind of report' },
  'stats.byState': { id: 'Status', en: 'State' },
  'stats.byCategory': { id: 'Kategori pelanggaran', en: 'Misconduct category' },
  'stats.byOutcome': { id: 'Hasil', en: 'Outcome' },
  'stats.deadlines': { id: 'Tenggat', en: 'Deadlines' },
  'stats.feedbackOnTime': {
    id: 'Selesai dalam tenggat umpan balik',
    en: 'Concluded within the feedback deadline',
  },
  'stats.feedbackLate': {
    id: 'Selesai melewati tenggat umpan balik',
    en: 'Concluded after the feedback deadline',
  },
  'stats.periodBetween': {
    id: 'Laporan yang masuk {from} sampai {to} ({zone})',
    en: 'Reports received {from} to {to} ({zone})',
  },
  'stats.periodFrom': {
    id: 'Laporan yang masuk sejak {from} ({zone})',
    en: 'Reports received since {from} ({zone})',
  },
  'stats.periodTo': {
    id: 'Laporan yang masuk sampai {to} ({zone})',
    en: 'Reports received until {to} ({zone})',
  },
  'stats.periodAll': { id: 'Semua laporan', en: 'All reports' },
  'stats.metadataOnly': {
    id: 'Dihitung dari data pokok saja, tanpa isi laporan',
    en: 'Counted from metadata only, never report content',
  },
  'stats.allUnits': {
    id: '{unit} dan unit di bawahnya ({count} unit)',
    en: '{unit} and the units below it ({count} units)',
  },
  'stats.quietUnits': {
    id: 'Unit di bawahnya yang tidak menerima laporan dalam periode ini tidak ditampilkan.',
    en: 'Units below it that received no report in this period are not shown.',
  },
  'auditLog.link': { id: 'Log audit', en: 'Audit log' },
  'auditLog.title': { id: 'Log audit', en: 'Audit log' },
  'auditLog.chainOk': {
    id: 'Rantai log utuh: {count} entri terverifikasi.',
    en: 'The chain is intact: {count} entries verified.',
  },
  'auditLog.headHint': {
    id: 'Catat kepala log ini dan simpan di tempat lain (misalnya dicetak tiap minggu). Dengan catatan itu, log yang dipotong juga ketahuan.',
    en: 'Write down this head and keep it elsewhere (print it weekly, say). With it, a log cut short is caught too.',
  },
  'auditLog.chainBroken': {
    id: 'Rantai log RUSAK: ada entri yang diubah, dihapus atau dipindahkan.',
    en: 'The chain is BROKEN: an entry was changed, deleted or moved.',
  },
  'auditLog.chainBrokenHint': {
    id: 'Jangan mengandalkan log ini sebelum diperiksa. Laporkan kepada pimpinan dan jalankan peluit audit verify.',
    en: 'Do not rely on this log until it is examined. Tell the head of the unit and run peluit audit verify.',
  },
  'auditLog.problem': { id: 'Rincian teknis', en: 'Technical detail' },
  'auditLog.caseNumber': { id: 'Nomor perkara', en: 'Case number' },
  'auditLog.action': { id: 'Tindakan', en: 'Action' },
  'auditLog.allActions': { id: 'Semua tindakan', en: 'All actions' },
  'auditLog.filter': { id: 'Saring', en: 'Filter' },
  'auditLog.actor': { id: 'Pelaku', en: 'Actor' },
  'auditLog.time': { id: 'Waktu', en: 'Time' },
  'auditLog.detail': { id: 'Rincian', en: 'Detail' },
  'auditLog.pages': { id: 'Halaman log', en: 'Log pages' },
  'auditLog.newest': { id: 'Terbaru', en: 'Newest' },
  'auditLog.older': { id: 'Lebih lama', en: 'Older' },
  'auditLog.empty': { id: 'Tidak ada entri yang cocok.', en: 'No entry matches.' },
  'auditLog.viewRecorded': {
    id: 'Setiap pembukaan log ini juga tercatat di dalamnya',
    en: 'Every look at this log is recorded in it too',
  },
  'auditAction.login': { id: 'Masuk', en: 'Logged in' },
  'auditAction.login_failed': { id: 'Gagal masuk', en: 'Failed to log in' },
  'auditAction.logout': { id: 'Keluar', en: 'Logged out' },
  'auditAction.case_view': { id: 'Membuka perkara', en: 'Opened a case' },
  'auditAction.case_view_metadata': {
    id: 'Melihat data pokok perkara',
    en: 'Viewed a case’s metadata',
  },
  'auditAction.assess': { id: 'Menilai perkara', en: 'Assessed a case' },
  'auditAction.assign': { id: 'Menugaskan penyidik', en: 'Assigned an investigator' },
  'auditAction.approve': { id: 'Menyetujui penyelesaian', en: 'Approved a conclusion' },
  'auditAction.approval_request': {
    id: 'Mengajukan penyelesaian untuk disetujui',
    en: 'Asked for a conclusion to be approved',
  },
  'auditAction.forward': { id: 'Meneruskan ke unit lain', en: 'Forwarded to another unit' },
  'auditAction.label': { id: 'Mengubah label', en: 'Changed labels' },
  'auditAction.progress_update': { id: 'Mengirim SP2HP', en: 'Sent a progress update' },
  'auditAction.progress_letter': { id: 'Mencetak surat SP2HP', en: 'Printed a progress letter' },
  'auditAction.case_list': { id: 'Melihat daftar perkara', en: 'Listed cases' },
  'auditAction.file_download': { id: 'Mengunduh berkas', en: 'Downloaded a file' },
  'auditAction.case_export': { id: 'Mengekspor berkas perkara', en: 'Exported a case dossier' },
  'auditAction.state_change': { id: 'Mengubah status', en: 'Changed the state' },
  'auditAction.message': { id: 'Menulis pesan', en: 'Wrote a message' },
  'auditAction.grant': { id: 'Memberi kunci perkara', en: 'Granted a case key' },
  'auditAction.confirm_reader': { id: 'Mengonfirmasi pembaca', en: 'Confirmed a reader' },
  'auditAction.identity_reveal': {
    id: 'Membuka identitas pelapor',
    en: 'Opened a reporter’s identity',
  },
  'auditAction.audit_view': { id: 'Membuka log audit', en: 'Read the audit log' },
  'auditAction.totp_enrol': {
    id: 'Mendaftarkan aplikasi autentikator',
    en: 'Enrolled an authenticator app',
  },
  'auditAction.account_update': { id: 'Memperbarui akun', en: 'Updated an account' },
  'auditAction.recovery_init': { id: 'Membuat kunci pemulihan', en: 'Created the recovery key' },
  'auditAction.user_create': { id: 'Membuat akun', en: 'Created an account' },
  'auditAction.user_update': {
    id: 'Mengubah peran atau unit akun',
    en: 'Changed an account’s role or unit',
  },
  'auditAction.user_disable': { id: 'Menonaktifkan akun', en: 'Disabled an account' },
  'auditAction.user_enable': { id: 'Mengaktifkan kembali akun', en: 'Enabled an account again' },
  'auditAction.totp_reset': { id: 'Mengatur ulang faktor kedua', en: 'Reset a second factor' },
  'auditAction.password_change': { id: 'Mengganti kata sandi', en: 'Changed a password' },
  'auditAction.units_import': { id: 'Mengimpor unit', en: 'Imported units' },
  'auditAction.setting_change': { id: 'Mengubah pengaturan', en: 'Changed a setting' },
  'stats.openCases': { id: 'Masih berjalan', en: 'Still open' },
  'stats.overdueCases': { id: 'Lewat tenggat', en: 'Past a deadline' },
  // End of appreciation, statistics and the audit log.
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

  // Documents: the progress letter (SP2HP) and the case dossier, printed as PDF
  'documents.police': {
    id: 'KEPOLISIAN NEGARA REPUBLIK INDONESIA',
    en: 'INDONESIAN NATIONAL POLICE',
  },
  'documents.propam': {
    id: 'Profesi dan Pengamanan (Propam)',
    en: 'Professional Standards and Security (Propam)',
  },
  'documents.caseNumber': { id: 'Nomor perkara', en: 'Case number' },
  'documents.secret': { id: 'RAHASIA', en: 'CONFIDENTIAL' },
  'documents.page': { id: 'Halaman {page} dari {count}', en: 'Page {page} of {count}' },
  'documents.generatedBy': {
    id: 'Dibuat oleh {username} pada {at}',
    en: 'Made by {username} on {at}',
  },
  'documents.standIn': {
    id: '‹U+…› menandai karakter yang tidak dapat dicetak dengan huruf dokumen ini, ditulis dengan kode Unicode-nya; teks aslinya tersimpan utuh di sistem.',
    en: '‹U+…› marks a character the typeface of this document cannot print, written as its Unicode code point; the original text is kept whole in the system.',
  },
  'documents.none': { id: 'Tidak ada', en: 'None' },
  'documents.yes': { id: 'Ya', en: 'Yes' },
  'documents.no': { id: 'Tidak', en: 'No' },
  'documents.bytes': { id: '{count} bita', en: '{count} bytes' },
  'documents.system': { id: 'Sistem', en: 'The system' },
  'documents.reporter': { id: 'Pelapor', en: 'The reporter' },
  'documents.staff': { id: 'Petugas', en: 'Staff' },
  'documents.letter.title': {
    id: 'SURAT PEMBERITAHUAN PERKEMBANGAN HASIL PENYELIDIKAN/PEMERIKSAAN (SP2HP)',
    en: 'NOTICE OF THE PROGRESS OF THE INQUIRY/EXAMINATION (SP2HP)',
  },
  'documents.letter.sequence': { id: 'Pemberitahuan ke-{count}', en: 'Update no. {count}' },
  'documents.letter.date': { id: 'Tanggal', en: 'Date' },
  'documents.letter.to': { id: 'Kepada', en: 'To' },
  'documents.letter.reporter': { id: 'Yth. Pelapor', en: 'The reporter' },
  'documents.letter.subject': { id: 'Perihal', en: 'Subject' },
  'documents.letter.subjectValue': {
    id: 'Perkembangan penanganan laporan',
    en: 'Progress in the handling of your report',
  },
  'documents.letter.opening': {
    id: 'Dengan hormat, bersama ini kami sampaikan perkembangan penanganan laporan Anda dengan nomor perkara {caseNumber} sebagai berikut.',
    en: 'We write to tell you how the handling of your report, case number {caseNumber}, has progressed.',
  },
  'documents.letter.done': { id: 'Yang telah dilakukan', en: 'What was done' },
  'documents.letter.results': { id: 'Hasil sementara', en: 'Results so far' },
  'documents.letter.obstacles': { id: 'Hambatan', en: 'Obstacles' },
  'documents.letter.next': { id: 'Langkah selanjutnya', en: 'Next step' },
  'documents.letter.followUp': {
    id: 'Anda dapat mengikuti perkembangan laporan, menjawab pertanyaan dan menambah bukti di {url} dengan nomor tanda terima Anda. Demi keamanan Anda, nomor tanda terima tidak dicantumkan dalam surat ini.',
    en: 'You can follow your report, answer questions and add evidence at {url} with your receipt number. For your safety, the receipt number is not written in this letter.',
  },
  'documents.letter.closing': {
    id: 'Demikian pemberitahuan ini kami sampaikan. Terima kasih atas kepercayaan Anda.',
    en: 'Thank you for your trust.',
  },
  'documents.letter.regards': { id: 'Hormat kami,', en: 'Yours faithfully,' },
  'documents.letter.signature': { id: 'Propam {unit}', en: 'Propam, {unit}' },
  'documents.letter.footer': {
    id: 'SP2HP ke-{count} · {caseNumber}',
    en: 'SP2HP no. {count} · {caseNumber}',
  },
  'documents.dossier.title': { id: 'BERKAS PERKARA', en: 'CASE DOSSIER' },
  'documents.dossier.lead': {
    id: 'Salinan untuk berkas pemeriksaan. Dokumen rahasia: jangan diperbanyak atau diperlihatkan kepada pihak yang tidak berwenang.',
    en: 'A copy for the hearing file. Confidential: do not copy it or show it to anyone not authorised.',
  },
  'documents.dossier.case': { id: 'Data perkara', en: 'The case' },
  'documents.dossier.report': { id: 'Laporan', en: 'The report' },
  'documents.dossier.identity': { id: 'Identitas pelapor', en: "The reporter's identity" },
  'documents.dossier.events': { id: 'Riwayat penanganan', en: 'History' },
  'documents.dossier.messages': {
    id: 'Pesan dan catatan internal',
    en: 'Messages and internal notes',
  },
  'documents.dossier.files': {
    id: 'Berkas bukti (rantai penguasaan)',
    en: 'Evidence files (chain of custody)',
  },
  'documents.dossier.deadlines': { id: 'Tenggat', en: 'Deadlines' },
  'documents.field.unit': { id: 'Unit penanganan', en: 'Handling unit' },
  'documents.field.channel': { id: 'Kanal dan tempat', en: 'Channel and place' },
  'documents.field.kind': { id: 'Jenis', en: 'Kind' },
  'documents.field.category': { id: 'Kategori', en: 'Category' },
  'documents.field.state': { id: 'Status', en: 'State' },
  'documents.field.outcome': { id: 'Hasil', en: 'Outcome' },
  'documents.field.sanction': { id: 'Sanksi', en: 'Sanction' },
  'documents.field.track': { id: 'Jalur penanganan', en: 'Legal track' },
  'documents.field.difficulty': { id: 'Tingkat kesulitan', en: 'Difficulty' },
  'documents.field.identityMode': { id: 'Mode identitas', en: 'Identity mode' },
  'documents.field.flags': { id: 'Keterangan', en: 'Notes' },
  'documents.field.labels': { id: 'Label', en: 'Labels' },
  'documents.field.submittedAt': { id: 'Dilaporkan pada', en: 'Submitted' },
  'documents.field.acknowledgedAt': { id: 'Pertama ditanggapi', en: 'First acknowledged' },
  'documents.field.concludedAt': { id: 'Diselesaikan pada', en: 'Concluded' },
  'documents.field.description': { id: 'Uraian kejadian', en: 'What happened' },
  'documents.field.occurredAt': { id: 'Waktu kejadian', en: 'When' },
  'documents.field.place': { id: 'Tempat kejadian', en: 'Where' },
  'documents.field.subject': { id: 'Terlapor {count}', en: 'Person reported {count}' },
  'documents.field.noSubjects': { id: 'Terlapor', en: 'Persons reported' },
  'documents.field.name': { id: 'Nama', en: 'Name' },
  'documents.field.rank': { id: 'Pangkat', en: 'Rank' },
  'documents.field.nrp': { id: 'NRP', en: 'NRP' },
  'documents.field.subjectUnit': { id: 'Kesatuan', en: 'Unit' },
  'documents.field.subjectDescription': { id: 'Ciri-ciri', en: 'Description' },
  'documents.field.witnesses': { id: 'Saksi', en: 'Witnesses' },
  'documents.field.contact': { id: 'Kontak', en: 'Contact' },
  'documents.field.fileType': { id: 'Jenis berkas', en: 'Type' },
  'documents.field.size': { id: 'Ukuran', en: 'Size' },
  'documents.field.sha256': { id: 'SHA-256', en: 'SHA-256' },
  'documents.field.added': { id: 'Ditambahkan', en: 'Added' },
  'documents.field.cleaned': { id: 'Metadata dibersihkan', en: 'Metadata removed' },
  'documents.field.attachedTo': { id: 'Lampiran dari', en: 'Attached to' },
  'documents.field.due': { id: 'Batas waktu', en: 'Due' },
  'documents.field.met': { id: 'Dipenuhi', en: 'Met' },
  'documents.identity.anonymous': { id: 'Anonim', en: 'Anonymous' },
  'documents.identity.confidential': {
    id: 'Rahasia (hanya untuk petugas penanganan)',
    en: 'Confidential (for the handlers only)',
  },
  'documents.identity.open': { id: 'Terbuka', en: 'Open' },
  'documents.flag.propam': {
    id: 'Terlapor anggota Propam',
    en: 'The person reported is Propam staff',
  },
  'documents.flag.commander': {
    id: 'Terlapor pimpinan kesatuan',
    en: "The person reported is the unit's commander",
  },
  'documents.flag.escalated': { id: 'Dialihkan satu tingkat ke atas', en: 'Routed one level up' },
  'documents.track.disiplin': { id: 'Disiplin', en: 'Discipline' },
  'documents.track.kode_etik': { id: 'Kode etik', en: 'Code of ethics' },
  'documents.track.pidana': { id: 'Pidana', en: 'Criminal' },
  'documents.difficulty.mudah': { id: 'Mudah', en: 'Easy' },
  'documents.difficulty.sedang': { id: 'Sedang', en: 'Medium' },
  'documents.difficulty.sulit': { id: 'Sulit', en: 'Hard' },
  'documents.difficulty.sangat_sulit': { id: 'Sangat sulit', en: 'Very hard' },
  'documents.event.state': { id: 'Perubahan status', en: 'State change' },
  'documents.event.assign': { id: 'Penugasan', en: 'Assignment' },
  'documents.event.assess': { id: 'Penilaian', en: 'Assessment' },
  'documents.event.approve': { id: 'Persetujuan pimpinan', en: 'Approval' },
  'documents.event.approval_request': { id: 'Pengajuan persetujuan', en: 'Approval asked' },
  'documents.event.forward': { id: 'Pelimpahan ke unit lain', en: 'Forwarded to another unit' },
  'documents.event.label': { id: 'Label', en: 'Label' },
  'documents.event.outcome': { id: 'Hasil: {outcome}', en: 'Outcome: {outcome}' },
  'documents.message.number': { id: 'Pesan {count}', en: 'Message {count}' },
  'documents.message.fromReporter': { id: 'Pesan dari pelapor', en: 'Message from the reporter' },
  'documents.message.toReporter': { id: 'Pesan kepada pelapor', en: 'Message to the reporter' },
  'documents.message.internal': {
    id: 'Catatan internal (tidak pernah terlihat oleh pelapor)',
    en: 'Internal note (never shown to the reporter)',
  },
  'documents.message.progress': {
    id: 'Pemberitahuan perkembangan (SP2HP) kepada pelapor',
    en: 'Progress update (SP2HP) to the reporter',
  },
  'documents.file.ofReport': { id: 'Laporan awal', en: 'The report' },
  'documents.deadline.acknowledge': { id: 'Tanggapan pertama', en: 'Acknowledgement' },
  'documents.deadline.progress': {
    id: 'Pemberitahuan perkembangan (SP2HP)',
    en: 'Progress update (SP2HP)',
  },
  'documents.deadline.feedback': { id: 'Pemberitahuan hasil', en: 'Feedback on the outcome' },
  'documents.deadline.open': { id: 'Belum dipenuhi', en: 'Not yet met' },
  'documents.deadline.overdue': { id: 'Terlambat, belum dipenuhi', en: 'Overdue, not met' },

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
  'error.deploymentAdminOnly': {
    id: 'Pengaturan ini berlaku untuk seluruh Polri, sehingga hanya administrator Mabes yang dapat mengubahnya. Anda dapat melihatnya.',
    en: 'These settings hold for the whole force, so only an administrator of Mabes can change them. You can look at them.',
  },
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
  'readers.fingerprint': {
    id: 'Sidik kunci (cocokkan langsung dengan yang tampil di layar pemilik akun)',
    en: "Key fingerprint (compare it in person with the one on the account owner's screen)",
  },
  'readers.ownFingerprint': {
    id: 'Sidik kunci Anda, untuk dicocokkan oleh pembaca yang mengonfirmasi Anda',
    en: 'Your key fingerprint, for the reader who confirms you to compare',
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

  // Case work: assessment, assignment, approval, forwarding, labels, progress updates
  'case.unit': { id: 'Unit penanganan', en: 'Handling unit' },
  'case.track': { id: 'Jalur', en: 'Track' },
  'case.difficulty': { id: 'Tingkat kesulitan', en: 'Difficulty' },
  'case.assignee': { id: 'Penyidik', en: 'Investigator' },
  'case.notAssessed': { id: 'belum dinilai', en: 'not assessed yet' },
  'case.approval': { id: 'Persetujuan pimpinan', en: "Head's approval" },
  'case.approvedBy': { id: 'disetujui {username}, {at}', en: 'approved by {username}, {at}' },
  'case.notApproved': { id: 'belum disetujui', en: 'not approved yet' },
  'case.labels': { id: 'Label', en: 'Labels' },
  'case.labelAdd': { id: 'Tambah label', en: 'Add a label' },
  'case.labelAddSubmit': { id: 'Tambah', en: 'Add' },
  'case.labelRemove': { id: 'Hapus label {label}', en: 'Remove label {label}' },
  'case.deadlines': { id: 'Tenggat', en: 'Deadlines' },
  'deadline.metOn': { id: 'dipenuhi {at}', en: 'met {at}' },
  'case.metadataOnly': {
    id: 'Anda mengawasi unit ini: Anda melihat data perkara, bukan isi laporan.',
    en: 'You oversee this unit: you see the case data, not the report itself.',
  },
  'case.related': {
    id: 'Perkara lain tentang anggota yang sama',
    en: 'Other cases about the same officer',
  },
  'case.relatedLead': {
    id: 'Laporan ini menyebut NRP yang juga disebut dalam perkara berikut.',
    en: 'This report names an NRP that these cases name too.',
  },
  'case.assessTitle': { id: 'Penilaian', en: 'Assessment' },
  'case.assessSubmit': { id: 'Simpan penilaian', en: 'Save the assessment' },
  'case.retaliationRisk': {
    id: 'Risiko pembalasan terhadap pelapor',
    en: 'Risk of retaliation against the reporter',
  },
  'case.retaliationRiskHint': {
    id: 'Catatan internal, disimpan terenkripsi. Tidak pernah ditampilkan kepada pelapor.',
    en: 'An internal note, stored encrypted. Never shown to the reporter.',
  },
  'case.assignTitle': { id: 'Penugasan penyidik', en: 'Assign an investigator' },
  'case.assignSubmit': { id: 'Tugaskan', en: 'Assign' },
  'case.noInvestigators': {
    id: 'Belum ada penyidik terkonfirmasi di unit ini.',
    en: 'This unit has no confirmed investigator yet.',
  },
  'case.approveTitle': { id: 'Persetujuan penyelesaian', en: 'Approve the conclusion' },
  'case.approveLead': {
    id: 'Pilih hasil (dan sanksi) yang Anda setujui: penangan hanya dapat menyelesaikan perkara dengan itu. Perubahan status, jalur atau penyidik meminta persetujuan baru.',
    en: 'Choose the outcome (and sanction) you approve: the handlers can conclude the case with that only. A new state, track or investigator asks for a new approval.',
  },
  'case.approveSubmit': { id: 'Setujui penyelesaian', en: 'Approve concluding' },
  'case.approvalHint': {
    id: 'Penyelesaian memerlukan persetujuan pimpinan terlebih dahulu.',
    en: "Concluding needs the head's approval first.",
  },
  'case.outcomeHint': {
    id: 'Wajib diisi bila perkara diselesaikan.',
    en: 'Required when the case is concluded.',
  },
  'case.sanction': { id: 'Sanksi (bila terbukti)', en: 'Sanction (when substantiated)' },
  'case.exportDossier': { id: 'Unduh berkas perkara (PDF)', en: 'Download the case dossier (PDF)' },
  'track.disiplin': { id: 'Disiplin', en: 'Discipline' },
  'track.kode_etik': { id: 'Kode etik', en: 'Code of ethics' },
  'track.pidana': { id: 'Pidana', en: 'Criminal' },
  'difficulty.mudah': { id: 'Mudah', en: 'Easy' },
  'difficulty.sedang': { id: 'Sedang', en: 'Medium' },
  'difficulty.sulit': { id: 'Sulit', en: 'Hard' },
  'difficulty.sangat_sulit': { id: 'Sangat sulit', en: 'Very hard' },
  'event.assign': { id: 'ditugaskan kepada {username}', en: 'assigned to {username}' },
  'event.assess': { id: 'penilaian diperbarui', en: 'assessment updated' },
  'event.riskNote': { id: 'catatan risiko pembalasan', en: 'note on the risk of retaliation' },
  'staff.timeRounded': { id: 'dibulatkan', en: 'rounded' },
  'staff.timeRoundedHint': {
    id: 'Waktu pesan pelapor disimpan hanya sampai jam, agar tidak dapat dicocokkan dengan rekaman kamera.',
    en: "A reporter's times are kept to the hour only, so they cannot be matched against a camera.",
  },
  'event.approve': { id: 'penyelesaian disetujui', en: 'conclusion approved' },
  'event.approvalRequest': {
    id: 'penyelesaian diajukan kepada pimpinan',
    en: 'conclusion put to the head',
  },
  'case.requestApproval': {
    id: 'Ajukan ke pimpinan untuk disetujui',
    en: 'Ask the head to approve',
  },
  'case.approvalRequested': {
    id: 'diajukan {at}, menunggu pimpinan',
    en: 'asked {at}, waiting for the head',
  },
  'inbox.awaitingApproval': { id: 'Menunggu persetujuan', en: 'Waiting for approval' },
  'event.forward': { id: 'diteruskan {units}', en: 'forwarded {units}' },
  'event.label': { id: 'label {labels}', en: 'labels {labels}' },
  'forward.title': { id: 'Teruskan ke unit lain', en: 'Forward to another unit' },
  'forward.lead': {
    id: 'Untuk salah alamat, atau untuk diteruskan ke unit atasan. Nomor perkara tetap sama.',
    en: 'For a wrong routing, or to pass the case up. The case number stays the same.',
  },
  'forward.unit': {
    id: 'Kode unit tujuan (mis. POLDA-KALTIM)',
    en: 'Code of the receiving unit (e.g. POLDA-KALTIM)',
  },
  'forward.reason': { id: 'Alasan', en: 'Reason' },
  'forward.submit': { id: 'Teruskan perkara', en: 'Forward the case' },
  'inbox.search': {
    id: 'Cari (nomor, label, kanal, kategori)',
    en: 'Search (number, label, channel, category)',
  },
  'inbox.searchSubmit': { id: 'Cari', en: 'Search' },
  'case.formRefused': {
    id: 'Langkah ini belum tersimpan. Periksa pesan pada formulirnya; isian Anda tetap ada.',
    en: 'This step was not saved. See the message in its form; what you entered is kept.',
  },
  'case.toTheForm': { id: 'Ke formulir', en: 'To the form' },
  'inbox.searchTitle': { id: 'Cari dan saring', en: 'Search and filter' },
  'inbox.dataOnly': { id: 'pengawasan: data saja', en: 'oversight: data only' },
  'inbox.overdueOnly': { id: 'Hanya yang lewat batas', en: 'Overdue only' },
  'inbox.nextDeadline': { id: 'Tenggat terdekat', en: 'Next deadline' },
  'inbox.more': { id: 'Berikutnya', en: 'Next page' },
  'inbox.zonesNote': {
    id: 'Waktu ditampilkan menurut zona waktu unit perkara (WIB, WITA, WIT).',
    en: "Times are shown in each case's unit time zone (WIB, WITA, WIT).",
  },
  'progress.title': { id: 'Kabar perkembangan (SP2HP)', en: 'Progress update (SP2HP)' },
  'progress.lead': {
    id: 'Pelapor melihat kabar ini. Jangan tulis apa pun yang dapat mengungkap identitas pelapor.',
    en: 'The reporter sees this update. Write nothing that could reveal who the reporter is.',
  },
  'progress.badge': { id: 'Kabar perkembangan', en: 'Progress update' },
  'progress.done': { id: 'Yang telah dilakukan', en: 'What was done' },
  'progress.results': { id: 'Hasil', en: 'Results' },
  'progress.obstacles': { id: 'Hambatan', en: 'Obstacles' },
  'progress.next': { id: 'Langkah berikutnya', en: 'Next step' },
  'progress.none': { id: 'Tidak ada', en: 'None' },
  'progress.submit': { id: 'Kirim kabar perkembangan', en: 'Send the progress update' },
  'progress.letter': { id: 'Cetak surat (PDF)', en: 'Print the letter (PDF)' },
  'field.trackRequired': {
    id: 'Tetapkan jalur (disiplin, kode etik atau pidana) sebelum perkara meninggalkan verifikasi.',
    en: 'Set the track (discipline, ethics or criminal) before the case leaves assessment.',
  },
  'field.trackInvalid': { id: 'Pilih jalur dari daftar.', en: 'Choose a track from the list.' },
  'field.difficultyInvalid': {
    id: 'Pilih tingkat kesulitan dari daftar.',
    en: 'Choose a difficulty from the list.',
  },
  'field.hearingNeedsTrack': {
    id: 'Sidang hanya untuk jalur disiplin atau kode etik; perkara pidana dilimpahkan.',
    en: 'Hearings are for the discipline and ethics tracks; a criminal case is handed on.',
  },
  'field.outcomeNotFromHere': {
    id: 'Hasil ini tidak dapat dipilih pada tahap ini (terbukti hanya setelah sidang).',
    en: 'This outcome cannot be chosen at this stage (substantiated only after a hearing).',
  },
  'field.sanctionRequired': {
    id: 'Pilih sanksi untuk perkara yang terbukti.',
    en: 'Choose the sanction for a substantiated case.',
  },
  'field.sanctionInvalid': {
    id: 'Sanksi ini tidak ada dalam daftar untuk jalur perkara.',
    en: "This sanction is not on the list for the case's track.",
  },
  'field.sanctionOnlyWhenSubstantiated': {
    id: 'Sanksi hanya untuk perkara yang terbukti.',
    en: 'A sanction is only for a substantiated case.',
  },
  'field.approvalDiffers': {
    id: 'Hasil atau sanksi ini berbeda dari yang disetujui pimpinan. Selesaikan sesuai persetujuan, atau minta persetujuan baru.',
    en: 'This outcome or sanction differs from what the head approved. Conclude as approved, or ask for a new approval.',
  },
  'field.approvalNeeded': {
    id: 'Perkara ini perlu disetujui pimpinan sebelum diselesaikan.',
    en: 'This case needs the head’s approval before it is concluded.',
  },
  'field.assigneeNotInvestigator': {
    id: 'Pilih penyidik aktif dari unit perkara ini.',
    en: "Choose an active investigator of this case's unit.",
  },
  'field.assigneeNotConfirmed': {
    id: 'Akun penyidik ini belum dikonfirmasi oleh pembaca unit, sehingga belum dapat membuka perkara.',
    en: 'This investigator’s account is not confirmed by a reader of the unit yet, so it cannot open cases.',
  },
  'field.notAssessable': {
    id: 'Perkara ini tidak dinilai lagi.',
    en: 'This case is no longer assessed.',
  },
  'field.notAssignable': {
    id: 'Perkara ini tidak dapat ditugaskan.',
    en: 'This case cannot be assigned.',
  },
  'field.notApprovable': {
    id: 'Tidak ada yang perlu disetujui.',
    en: 'There is nothing to approve.',
  },
  'field.notForwardable': {
    id: 'Perkara yang selesai tidak diteruskan.',
    en: 'A concluded case is not forwarded.',
  },
  'field.notOpen': { id: 'Perkara ini sudah selesai.', en: 'This case is concluded.' },
  'field.forwardSameUnit': {
    id: 'Perkara sudah berada di unit ini.',
    en: 'The case is already with this unit.',
  },
  'field.unitWithoutPropam': {
    id: 'Unit ini tidak memiliki seksi Propam; pilih unit yang memilikinya.',
    en: 'This unit has no Propam section; choose one that has.',
  },
  'field.labelFormat': {
    id: 'Label berisi huruf, angka, spasi, - atau _, paling banyak 40 karakter.',
    en: 'A label holds letters, digits, spaces, - or _, at most 40 characters.',
  },

  // Deadlines and holidays: what is due on a case, and the import of the holiday list
  'deadline.acknowledge': { id: 'Tanggapan pertama', en: 'Acknowledgement' },
  'deadline.progress': { id: 'Kabar perkembangan (SP2HP)', en: 'Progress update (SP2HP)' },
  'deadline.feedback': { id: 'Pemberitahuan hasil', en: 'Feedback on the outcome' },
  'deadline.due': { id: 'Batas: {due}', en: 'Due: {due}' },
  'deadlineStatus.met': { id: 'terpenuhi', en: 'met' },
  'deadlineStatus.late_met': { id: 'terpenuhi terlambat', en: 'met late' },
  'deadlineStatus.overdue': { id: 'lewat batas', en: 'overdue' },
  'deadlineStatus.due_soon': { id: 'segera jatuh tempo', en: 'due soon' },
  'deadlineStatus.upcoming': { id: 'akan datang', en: 'upcoming' },
  'holidays.refused': {
    id: 'Daftar hari libur ditolak; tidak ada yang diimpor.',
    en: 'The holiday list was refused; nothing was imported.',
  },
  'holidays.row': { id: 'baris {line}: {problem}', en: 'line {line}: {problem}' },
  'holidays.empty': {
    id: 'berkas kosong; baris pertama harus date,name',
    en: 'the file is empty; its first line must be date,name',
  },
  'holidays.header': {
    id: 'baris judul harus memuat kolom date dan name',
    en: 'the header line must name the columns date and name',
  },
  'holidays.valueCount': {
    id: 'jumlah nilai tidak sama dengan jumlah kolom',
    en: 'the number of values differs from the number of columns',
  },
  'holidays.dateInvalid': {
    id: 'tanggal tidak valid (tulis TTTT-BB-HH, misalnya 2026-03-20)',
    en: 'the date is not valid (write YYYY-MM-DD, e.g. 2026-03-20)',
  },
  'holidays.dateRepeated': {
    id: 'tanggal ini sudah ada di baris sebelumnya',
    en: 'this date is already on an earlier line',
  },
  'holidays.nameMissing': { id: 'nama hari libur kosong', en: 'the holiday has no name' },
  'holidays.nameTooLong': {
    id: 'nama hari libur lebih dari 200 karakter',
    en: 'the holiday name is longer than 200 characters',
  },
  'staff.zone': { id: 'Waktu {zone}', en: 'Times in {zone}' },

  // Notifications: the e-mail staff receive, and their choice of which
  'mail.subject.new_case': { id: 'Perkara baru {caseNumber}', en: 'New case {caseNumber}' },
  'mail.subject.assignment': {
    id: 'Perkara {caseNumber} ditugaskan kepada Anda',
    en: 'Case {caseNumber} is assigned to you',
  },
  'mail.subject.reporter_reply': {
    id: 'Jawaban pelapor pada perkara {caseNumber}',
    en: 'The reporter answered on case {caseNumber}',
  },
  'mail.subject.deadline_soon': {
    id: 'Tenggat perkara {caseNumber} segera tiba',
    en: 'A deadline of case {caseNumber} is near',
  },
  'mail.subject.deadline_missed': {
    id: 'Tenggat perkara {caseNumber} terlewat',
    en: 'A deadline of case {caseNumber} has passed',
  },
  'mail.subject.approval_request': {
    id: 'Perkara {caseNumber} menunggu persetujuan Anda',
    en: 'Case {caseNumber} waits for your approval',
  },
  'mail.lead.approval_request': {
    id: 'Penangan perkara {caseNumber} mengajukan penyelesaiannya untuk Anda setujui.',
    en: 'The handlers of case {caseNumber} ask you to approve its conclusion.',
  },
  'mail.lead.new_case': {
    id: 'Ada perkara baru di unit Anda: {caseNumber}.',
    en: 'There is a new case in your unit: {caseNumber}.',
  },
  'mail.lead.assignment': {
    id: 'Perkara {caseNumber} ditugaskan kepada Anda.',
    en: 'Case {caseNumber} has been assigned to you.',
  },
  'mail.lead.reporter_reply': {
    id: 'Pelapor mengirim jawaban pada perkara {caseNumber}.',
    en: 'The reporter sent an answer on case {caseNumber}.',
  },
  'mail.lead.deadline_soon': {
    id: 'Tenggat {deadline} perkara {caseNumber} jatuh pada {due}.',
    en: 'The {deadline} deadline of case {caseNumber} falls on {due}.',
  },
  'mail.lead.deadline_missed': {
    id: 'Tenggat {deadline} perkara {caseNumber} telah lewat sejak {due}.',
    en: 'The {deadline} deadline of case {caseNumber} passed on {due}.',
  },
  'mail.deadline.acknowledge': { id: 'tanggapan pertama', en: 'acknowledgement' },
  'mail.deadline.progress': { id: 'kabar perkembangan (SP2HP)', en: 'progress update (SP2HP)' },
  'mail.deadline.feedback': { id: 'pemberitahuan hasil', en: 'feedback on the outcome' },
  'mail.open': { id: 'Buka perkara:', en: 'Open the case:' },
  'mail.footer': {
    id: 'E-mail ini sengaja tidak memuat isi laporan; bacalah di Peluit. Pilihan pemberitahuan dapat diubah di {url}',
    en: 'This e-mail deliberately holds nothing of the report; read it in Peluit. Choose what you are notified of at {url}',
  },
  'account.title': { id: 'Akun dan pemberitahuan', en: 'Account and notifications' },
  'account.link': { id: 'Akun', en: 'Account' },
  'account.email': { id: 'Alamat e-mail dinas', en: 'Work e-mail address' },
  'account.emailHint': {
    id: 'Kosongkan bila Anda tidak ingin menerima e-mail.',
    en: 'Leave it empty to receive no e-mail.',
  },
  'account.notify': { id: 'Beri tahu saya lewat e-mail bila', en: 'E-mail me when' },
  'account.notifyHint': {
    id: 'E-mail hanya menyebut nomor perkara dan tautan, tidak pernah isi laporan.',
    en: 'E-mails name only the case number and a link, never what was reported.',
  },
  'account.kind.new_case': {
    id: 'ada perkara baru di unit saya',
    en: 'there is a new case in my unit',
  },
  'account.kind.assignment': {
    id: 'sebuah perkara ditugaskan kepada saya',
    en: 'a case is assigned to me',
  },
  'account.kind.reporter_reply': {
    id: 'pelapor menjawab pada perkara yang saya tangani',
    en: 'a reporter answers on a case I handle',
  },
  'account.kind.deadline': {
    id: 'tenggat perkara segera tiba atau terlewat',
    en: 'a deadline of a case is near or has passed',
  },
  'account.save': { id: 'Simpan', en: 'Save' },
  'account.saved': { id: 'Pilihan pemberitahuan tersimpan.', en: 'Notification choices saved.' },
  'account.off': {
    id: 'Pengiriman e-mail belum diaktifkan di server ini; pilihan Anda tetap disimpan.',
    en: 'This server does not send e-mail yet; your choices are kept.',
  },
  'field.notifyKind': {
    id: 'Pilih dari jenis pemberitahuan yang tersedia.',
    en: 'Choose from the notifications offered.',
  },

  // Administration: units, users, categories, sanctions, deadline settings.
  'admin.link': { id: 'Administrasi', en: 'Administration' },
  'admin.title': { id: 'Administrasi', en: 'Administration' },
  'admin.lead': {
    id: 'Kelola unit, pengguna, kategori dan pengaturan untuk unit Anda dan unit di bawahnya. Setiap perubahan tercatat di log audit.',
    en: 'Manage units, users, categories and settings for your unit and the units below it. Every change is recorded in the audit log.',
  },
  'admin.nav.units': { id: 'Unit', en: 'Units' },
  'admin.nav.users': { id: 'Pengguna', en: 'Users' },
  'admin.nav.categories': { id: 'Kategori', en: 'Categories' },
  'admin.nav.sanctions': { id: 'Sanksi', en: 'Sanctions' },
  'admin.nav.settings': { id: 'Tenggat & persetujuan', en: 'Deadlines & approval' },
  'admin.unitsCount': { id: '{count} unit', en: '{count} units' },
  'admin.usersCount': { id: '{count} pengguna', en: '{count} users' },
  'admin.categoriesHint': {
    id: 'Jenis pelanggaran yang dapat dipilih pelapor',
    en: 'The kinds of misconduct reporters choose from',
  },
  'admin.sanctionsHint': {
    id: 'Hukuman disiplin, sanksi etika dan administratif',
    en: 'Discipline punishments, ethics and administrative sanctions',
  },
  'admin.settingsHint': {
    id: 'Tenggat tanggapan, kabar perkembangan, persetujuan pimpinan',
    en: 'Acknowledgement and progress deadlines, the head’s approval',
  },
  'admin.channelsHint': { id: 'Kode QR di ruang pelayanan', en: 'QR codes in service rooms' },
  'admin.fixFields': {
    id: 'Periksa isian yang ditandai di bawah; yang lain tetap seperti yang Anda ketik.',
    en: 'Check the fields marked below; everything else is kept as you typed it.',
  },
  'error.passwordChangeRequired': {
    id: 'Ganti kata sandi sementara Anda terlebih dahulu.',
    en: 'Replace your temporary password first.',
  },
  'error.ownAccount': {
    id: 'Anda tidak dapat mengubah peran, unit, status atau faktor kedua akun Anda sendiri; minta administrator lain.',
    en: 'You cannot change the role, unit, state or second factor of your own account; ask another administrator.',
  },
  'error.readerWithoutKeys': {
    id: 'Akun ini belum mengganti kata sandi sementaranya, jadi belum memiliki kunci. Konfirmasi setelah ia masuk pertama kali.',
    en: 'This account has not replaced its temporary password yet, so it has no keys. Confirm it after its first log-in.',
  },
  'password.temporaryLead': {
    id: 'Anda masuk dengan kata sandi sementara dari administrator. Buat kata sandi Anda sendiri untuk melanjutkan; kunci baca Anda dibuat dengan kata sandi itu, yang tidak diketahui siapa pun selain Anda.',
    en: 'You logged in with a temporary password from an administrator. Choose your own password to go on; your reading key is made with it, and nobody but you knows it.',
  },
  'password.temporary': { id: 'Kata sandi sementara', en: 'Temporary password' },
  'field.passwordSame': {
    id: 'Kata sandi baru harus berbeda dari yang sekarang.',
    en: 'The new password must differ from the current one.',
  },
  'field.unitOutsideScope': {
    id: 'Unit ini di luar wilayah Anda.',
    en: 'This unit is outside your units.',
  },
  'field.confirmRequired': {
    id: 'Centang kotak ini untuk memastikan.',
    en: 'Tick this box to confirm.',
  },
  'field.categoryCode': {
    id: 'Huruf kecil, angka dan garis bawah, diawali huruf (2–60 karakter).',
    en: 'Lowercase letters, digits and underscores, starting with a letter (2–60 characters).',
  },
  'field.categoryTaken': { id: 'Kode ini sudah dipakai.', en: 'This code is taken.' },
  'field.labelLength': { id: '2 sampai 120 karakter.', en: '2 to 120 characters.' },
  'field.lastCategory': {
    id: 'Setidaknya satu kategori harus tetap ditawarkan.',
    en: 'At least one category must stay on offer.',
  },
  'field.amountRange': {
    id: 'Bilangan bulat dari 1 sampai 1000.',
    en: 'A whole number from 1 to 1000.',
  },
  'field.hoursRange': {
    id: 'Bilangan bulat dari 1 sampai 720.',
    en: 'A whole number from 1 to 720.',
  },
  'field.dayList': {
    id: 'Hari dari 1 sampai 1000, dipisah koma, paling banyak 60.',
    en: 'Days from 1 to 1000, separated by commas, at most 60.',
  },
  'field.sanctionCode': {
    id: 'Huruf kecil, angka dan garis bawah (2–60 karakter).',
    en: 'Lowercase letters, digits and underscores (2–60 characters).',
  },
  'field.sanctionRepeat': { id: 'Kode ini muncul dua kali.', en: 'This code appears twice.' },
  'field.sanctionGroup': {
    id: 'Kelompok ini tidak sesuai dengan jalurnya.',
    en: 'This group does not belong to the track.',
  },
  'field.sanctionLabel': { id: '2 sampai 200 karakter.', en: '2 to 200 characters.' },
  'field.sanctionInUse': {
    id: 'Sanksi ini tercatat pada kasus, sehingga tidak dapat dihapus.',
    en: 'Cases record this sanction, so it cannot be removed.',
  },
  'field.sanctionsEmpty': {
    id: 'Daftar sanksi tidak boleh kosong.',
    en: 'The sanction list cannot be empty.',
  },
  'units.title': { id: 'Unit', en: 'Units' },
  'units.filter': { id: 'Cari kode atau nama', en: 'Search code or name' },
  'units.filterSubmit': { id: 'Saring', en: 'Filter' },
  'units.any': { id: 'Semua', en: 'All' },
  'units.yes': { id: 'Ya', en: 'Yes' },
  'units.no': { id: 'Tidak', en: 'No' },
  'units.code': { id: 'Kode', en: 'Code' },
  'units.name': { id: 'Nama', en: 'Name' },
  'units.type': { id: 'Jenis', en: 'Type' },
  'units.parent': { id: 'Induk', en: 'Parent' },
  'units.zone': { id: 'Zona waktu', en: 'Time zone' },
  'units.propam': { id: 'Seksi Propam', en: 'Propam section' },
  'units.count': { id: '{shown} dari {total} unit', en: '{shown} of {total} units' },
  'units.page': { id: 'halaman {page} dari {pages}', en: 'page {page} of {pages}' },
  'units.prev': { id: 'Sebelumnya', en: 'Previous' },
  'units.next': { id: 'Berikutnya', en: 'Next' },
  'units.none': { id: 'Tidak ada unit yang cocok.', en: 'No unit matches.' },
  'units.import': { id: 'Impor unit dari CSV', en: 'Import units from CSV' },
  'units.importHint': {
    id: 'Kolom: code,name,type,parent,time_zone,has_propam. Unit yang kodenya sudah ada diperbarui. Berkas diimpor seluruhnya atau tidak sama sekali.',
    en: 'Columns: code,name,type,parent,time_zone,has_propam. Units whose code exists are updated. A file is imported whole or not at all.',
  },
  'units.file': { id: 'Berkas CSV', en: 'CSV file' },
  'units.importSubmit': { id: 'Impor', en: 'Import' },
  'units.importing': { id: 'Mengimpor {total} unit…', en: 'Importing {total} units…' },
  'units.progress': { id: '{percent}% selesai', en: '{percent}% done' },
  'units.imported': { id: '{count} unit diimpor.', en: '{count} units imported.' },
  'units.importFailed': {
    id: 'Impor ditolak; tidak ada yang diubah.',
    en: 'Import refused; nothing was changed.',
  },
  'units.toList': { id: 'Lihat daftar unit', en: 'See the list of units' },
  'units.back': { id: 'Kembali ke unit', en: 'Back to units' },
  'units.fileMissing': { id: 'Pilih berkas CSV.', en: 'Choose a CSV file.' },
  'units.fileTooLarge': { id: 'Berkas lebih dari 10 MB.', en: 'The file is over 10 MB.' },
  'units.notText': {
    id: 'Berkas ini bukan teks CSV (UTF-8).',
    en: 'This file is not CSV text (UTF-8).',
  },
  'units.line': { id: 'Baris {line}: {problem}', en: 'Line {line}: {problem}' },
  'units.problem.code': {
    id: 'kode harus huruf besar, angka dan garis (paling banyak 60).',
    en: 'the code must be capitals, digits and dashes (at most 60).',
  },
  'units.problem.name': { id: 'nama kosong.', en: 'the name is empty.' },
  'units.problem.nameLong': {
    id: 'nama lebih dari 200 karakter.',
    en: 'the name is over 200 characters.',
  },
  'units.problem.type': {
    id: 'jenis harus satu kata huruf kecil, mis. polres.',
    en: 'the type must be one lowercase word, e.g. polres.',
  },
  'units.problem.timeZone': {
    id: 'time_zone bukan zona waktu IANA (mis. Asia/Makassar).',
    en: 'time_zone is not an IANA time zone (e.g. Asia/Makassar).',
  },
  'units.problem.hasPropam': {
    id: 'has_propam harus true atau false.',
    en: 'has_propam must be true or false.',
  },
  'units.problem.parentUnknown': {
    id: 'induk {parent} tidak ada di berkas maupun di basis data.',
    en: 'parent {parent} is neither in the file nor stored.',
  },
  'units.problem.ownParent': {
    id: 'unit tidak dapat menjadi induknya sendiri.',
    en: 'a unit cannot be its own parent.',
  },
  'units.problem.loop': {
    id: 'induk-induk {code} membentuk lingkaran.',
    en: 'the parents of {code} form a loop.',
  },
  'units.problem.empty': { id: 'berkas kosong.', en: 'the file is empty.' },
  'units.problem.columns': {
    id: 'kolom tidak ada: {columns}.',
    en: 'missing column(s): {columns}.',
  },
  'units.problem.count': {
    id: 'seharusnya {expected} nilai, ada {found}.',
    en: 'expected {expected} values, found {found}.',
  },
  'units.problem.outsideScope': {
    id: 'unit {code} di luar wilayah Anda.',
    en: 'unit {code} is outside your units.',
  },
  'units.problem.other': { id: '{problem}', en: '{problem}' },
  'users.title': { id: 'Pengguna', en: 'Users' },
  'users.filter': { id: 'Cari nama pengguna atau kode unit', en: 'Search username or unit code' },
  'users.username': { id: 'Nama pengguna', en: 'Username' },
  'users.usernameHint': {
    id: '3–40 huruf kecil, angka, titik, garis; mis. triase.bpn',
    en: '3–40 lowercase letters, digits, dots, dashes; e.g. triase.bpn',
  },
  'users.role': { id: 'Peran', en: 'Role' },
  'users.unit': { id: 'Unit', en: 'Unit' },
  'users.email': { id: 'E-mail', en: 'E-mail' },
  'users.status': { id: 'Keadaan', en: 'State' },
  'users.none': { id: 'Tidak ada pengguna yang cocok.', en: 'No user matches.' },
  'users.add': { id: 'Pengguna baru', en: 'New user' },
  'users.password': { id: 'Kata sandi sementara', en: 'Temporary password' },
  'users.passwordHint': {
    id: 'Paling sedikit 10 karakter. Serahkan langsung kepada pemiliknya: ia wajib menggantinya saat pertama masuk, dan kunci bacanya baru dibuat saat itu, sehingga kata sandi ini tidak pernah membuka kasus.',
    en: 'At least 10 characters. Hand it to its owner in person: they must replace it at the first log-in, and their reading key is made only then, so this password never opens a case.',
  },
  'users.create': { id: 'Buat pengguna', en: 'Create user' },
  'users.created': {
    id: 'Pengguna dibuat. Setelah ia masuk dan mengganti kata sandi, pembaca unitnya mengonfirmasinya.',
    en: 'User created. Once they have logged in and replaced the password, a reader of their unit confirms them.',
  },
  'users.state.active': { id: 'aktif', en: 'active' },
  'users.state.disabled': { id: 'nonaktif', en: 'disabled' },
  'users.state.temporary': { id: 'kata sandi sementara', en: 'temporary password' },
  'users.state.noFactor': { id: 'belum ada faktor kedua', en: 'no second factor yet' },
  'users.state.unconfirmed': { id: 'menunggu konfirmasi', en: 'awaiting confirmation' },
  'users.back': { id: 'Kembali ke daftar pengguna', en: 'Back to the users' },
  'users.ownAccount': {
    id: 'Ini akun Anda sendiri: peran, unit dan statusnya diubah oleh administrator lain.',
    en: 'This is your own account: another administrator changes its role, unit and state.',
  },
  'users.move': { id: 'Peran dan unit', en: 'Role and unit' },
  'users.moveHint': {
    id: 'Pindah unit atau ganti peran menghapus akses ke kasus unit lama dan penugasannya; pembaca di unit baru harus mengonfirmasinya lagi.',
    en: 'A move to another unit or role removes access to the old unit’s cases and assignments; a reader of the new unit must confirm the account again.',
  },
  'users.moveSubmit': { id: 'Simpan peran dan unit', en: 'Save role and unit' },
  'users.sureTitle': { id: 'Yakin memindahkan?', en: 'Sure about the move?' },
  'users.sureLead': {
    id: '{username} pindah dari {from} ke {to}.',
    en: '{username} moves from {from} to {to}.',
  },
  'users.sureLoses': {
    id: 'Ia kehilangan akses ke {grants} kasus, dan {assigned} penugasan dilepas.',
    en: 'They lose access to {grants} cases, and {assigned} assignments are released.',
  },
  'users.sureConfirm': {
    id: 'Ia tidak membaca kasus apa pun di {unit} sampai seorang pembaca di sana mengonfirmasinya. Semua sesinya berakhir.',
    en: 'They read no case of {unit} until a reader there confirms them. All their sessions end.',
  },
  'users.sureYes': { id: 'Ya, pindahkan', en: 'Yes, move' },
  'users.sureNo': { id: 'Batal', en: 'Cancel' },
  'users.moved': {
    id: 'Dipindahkan. Akses lamanya dihapus; pembaca unit barunya perlu mengonfirmasinya.',
    en: 'Moved. The old access is removed; a reader of the new unit needs to confirm them.',
  },
  'users.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'users.emailSave': { id: 'Simpan e-mail', en: 'Save e-mail' },
  'users.disable': { id: 'Nonaktifkan akun', en: 'Disable the account' },
  'users.disableHint': {
    id: 'Semua sesinya langsung berakhir dan ia tidak dapat masuk lagi sampai diaktifkan kembali.',
    en: 'All its sessions end at once and it cannot log in until enabled again.',
  },
  'users.enable': { id: 'Aktifkan kembali', en: 'Enable again' },
  'users.enableHint': {
    id: 'Pembaca yang diaktifkan kembali dikonfirmasi ulang oleh pembaca unitnya, agar menerima kasus yang masuk selama nonaktif.',
    en: 'A reader enabled again is confirmed again by a reader of the unit, to receive the cases that came in meanwhile.',
  },
  'users.disabledDone': {
    id: 'Akun dinonaktifkan; semua sesinya berakhir.',
    en: 'Account disabled; all its sessions ended.',
  },
  'users.enabledDone': { id: 'Akun aktif kembali.', en: 'Account enabled again.' },
  'users.resetFactor': { id: 'Atur ulang faktor kedua', en: 'Reset the second factor' },
  'users.resetFactorHint': {
    id: 'Untuk ponsel yang hilang: aplikasi autentikator dan kode pemulihannya tidak berlaku lagi, semua sesinya berakhir, dan saat masuk berikutnya ia mendaftarkan autentikator baru.',
    en: 'For a lost phone: the authenticator app and recovery codes stop working, all sessions end, and the next log-in enrols a new authenticator.',
  },
  'users.factorDone': {
    id: 'Faktor kedua diatur ulang; saat masuk berikutnya ia mendaftar lagi.',
    en: 'Second factor reset; the next log-in enrols again.',
  },
  'users.sure': { id: 'Saya yakin', en: 'I am sure' },
  'categories.title': { id: 'Kategori pelanggaran', en: 'Misconduct categories' },
  'categories.lead': {
    id: 'Pelapor memilih dari kategori yang ditawarkan. Kategori yang dipensiunkan tidak ditawarkan lagi, tetapi kasus lama tetap menampilkan namanya.',
    en: 'Reporters choose from the categories on offer. A retired category is no longer offered, but old cases keep showing its name.',
  },
  'categories.code': { id: 'Kode', en: 'Code' },
  'categories.codeHint': {
    id: 'Tidak dapat diubah kemudian; mis. pemerasan_tilang',
    en: 'Cannot be changed later; e.g. pemerasan_tilang',
  },
  'categories.labelId': { id: 'Nama (Bahasa Indonesia)', en: 'Name (Indonesian)' },
  'categories.labelEn': { id: 'Nama (Inggris)', en: 'Name (English)' },
  'categories.rename': { id: 'Simpan nama', en: 'Save name' },
  'categories.retire': { id: 'Pensiunkan', en: 'Retire' },
  'categories.activate': { id: 'Tawarkan lagi', en: 'Offer again' },
  'categories.retired': { id: 'tidak ditawarkan', en: 'not offered' },
  'categories.add': { id: 'Kategori baru', en: 'New category' },
  'categories.create': { id: 'Tambah kategori', en: 'Add category' },
  'categories.saved': { id: 'Tersimpan.', en: 'Saved.' },
  'sanctions.title': { id: 'Daftar sanksi', en: 'Sanction list' },
  'sanctions.lead': {
    id: 'Sanksi yang dapat dicatat saat kasus terbukti: hukuman disiplin (PP 2/2003), sanksi etika dan administratif (Perpol 7/2022). Sanksi yang tercatat pada kasus tidak dapat dihapus.',
    en: 'The sanctions recorded when a case is substantiated: discipline punishments (PP 2/2003), ethics and administrative sanctions (Perpol 7/2022). A sanction cases record cannot be removed.',
  },
  'sanctions.new': {
    id: 'Sanksi baru (kosongkan jika tidak perlu)',
    en: 'New sanction (leave empty if not needed)',
  },
  'sanctions.code': { id: 'Kode', en: 'Code' },
  'sanctions.track': { id: 'Jalur', en: 'Track' },
  'sanctions.group': { id: 'Kelompok', en: 'Group' },
  'sanctions.label': { id: 'Nama', en: 'Name' },
  'sanctions.remove': { id: 'Hapus sanksi ini', en: 'Remove this sanction' },
  'sanctions.save': { id: 'Simpan daftar sanksi', en: 'Save the sanction list' },
  'sanctions.trackName.disiplin': { id: 'Disiplin', en: 'Discipline' },
  'sanctions.trackName.kode_etik': { id: 'Kode etik', en: 'Code of ethics' },
  'sanctions.groupName.disiplin': { id: 'Hukuman disiplin', en: 'Discipline punishment' },
  'sanctions.groupName.etika': { id: 'Sanksi etika', en: 'Ethics sanction' },
  'sanctions.groupName.administratif': {
    id: 'Sanksi administratif',
    en: 'Administrative sanction',
  },
  'settings.title': { id: 'Tenggat dan persetujuan', en: 'Deadlines and approval' },
  'settings.acknowledge': {
    id: 'Tanggapan pertama kepada pelapor dalam',
    en: 'First answer to the reporter within',
  },
  'settings.feedback': {
    id: 'Kabar hasil kepada pelapor dalam',
    en: 'Outcome to the reporter within',
  },
  'settings.amount': { id: 'Jumlah', en: 'Amount' },
  'settings.unit': { id: 'Satuan', en: 'Unit' },
  'settings.unit.days': { id: 'hari', en: 'days' },
  'settings.unit.workdays': { id: 'hari kerja', en: 'working days' },
  'settings.unit.months': { id: 'bulan', en: 'months' },
  'settings.progress': {
    id: 'Jadwal kabar perkembangan (SP2HP)',
    en: 'Progress update schedule (SP2HP)',
  },
  'settings.progressHint': {
    id: 'Hari sejak laporan masuk, dipisah koma, menurut tingkat kesulitan kasus; mis. 10, 20, 30.',
    en: 'Days since the report came in, separated by commas, by the case’s difficulty; e.g. 10, 20, 30.',
  },
  'settings.difficulty.mudah': { id: 'Mudah', en: 'Easy' },
  'settings.difficulty.sedang': { id: 'Sedang', en: 'Medium' },
  'settings.difficulty.sulit': { id: 'Sulit', en: 'Hard' },
  'settings.difficulty.sangat_sulit': { id: 'Sangat sulit', en: 'Very hard' },
  'settings.progressUnit': { id: 'Hari jadwal dihitung sebagai', en: 'The schedule counts' },
  'settings.remind': {
    id: 'Pengingat dikirim (jam sebelum tenggat)',
    en: 'Reminders go out (hours before the deadline)',
  },
  'settings.approval': {
    id: 'Penyelesaian pengaduan memerlukan persetujuan pimpinan',
    en: 'Concluding a complaint needs the head’s approval',
  },
  'settings.forward': {
    id: 'Unit yang meneruskan kasus tetap dapat membacanya',
    en: 'The unit that forwards a case keeps reading it',
  },
  'settings.save': { id: 'Simpan pengaturan', en: 'Save settings' },
  'settings.saved': { id: 'Tersimpan.', en: 'Saved.' },
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
