<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>InstrumentDemo</name>
    <message>
        <source>Instruments</source>
        <translation>Nástroje</translation>
    </message>
    <message>
        <source>C major (8 bars)</source>
        <translation>C dur (8 tónů)</translation>
    </message>
    <message>
        <source>Pentatonic</source>
        <translation>Pentatonika</translation>
    </message>
    <message>
        <source>Play me a tune</source>
        <translation>Zahraj mi melodii</translation>
    </message>
    <message>
        <source>Xylophone</source>
        <translation>Xylofon</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Klavír</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Bicí</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stages: find all the ways, see the pattern, create.</source>
        <translation>Stages: najdi všechny možnosti, objev pravidlo, tvoř.</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>Soubor databáze, který se má použít.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Full screen, pupils only; a teacher&apos;s password ends it.</source>
        <translation>Celá obrazovka, jen pro žáky; ukončí ji heslo učitele.</translation>
    </message>
    <message>
        <source>Language of the program (cs or en).</source>
        <translation>Jazyk programu (cs nebo en).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>With a school server: this PC&apos;s own copy and outbox.</source>
        <translation>Se školním serverem: vlastní kopie a odchozí fronta tohoto počítače.</translation>
    </message>
</context>
<context>
    <name>stages::AboutDialog</name>
    <message>
        <source>About Stages</source>
        <translation>O programu Stages</translation>
    </message>
    <message>
        <source>Stages %1</source>
        <translation>Stages %1</translation>
    </message>
    <message>
        <source>Children find all the ways to arrange a few things (colours, notes, drums, karate moves), systematically, see the patterns and create their own. For schools: pupils, teachers and trainers.</source>
        <translation>Děti hledají všechny způsoby, jak uspořádat pár věcí (barvy, tóny, bubny, karatistické pohyby), postupují systematicky, objevují pravidelnosti a vytvářejí vlastní. Pro školy: žáky, učitele a lektory.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Screen reader name of the scrolling text about privacy in the About dialog</extracomment>
        <translation>Soukromí</translation>
    </message>
</context>
<context>
    <name>stages::AccountService</name>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Prvním účtem musí být správce.</translation>
    </message>
    <message>
        <source>This database already belongs to a school.</source>
        <translation>Tato databáze už patří nějaké škole.</translation>
    </message>
    <message>
        <source>Set up the school first.</source>
        <translation>Nejprve nastavte školu.</translation>
    </message>
    <message>
        <source>A pupil needs a class.</source>
        <translation>Žák musí patřit do třídy.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>Třída „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>A picture password is three different pictures.</source>
        <translation>Obrázkové heslo tvoří tři různé obrázky.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Heslo musí mít alespoň %1 znaků.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>Přihlašovací jméno „%1“ je už obsazené.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Nesprávné jméno nebo heslo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>Příliš mnoho chybných pokusů. Znovu to půjde za %n sekundu.</numerusform>
            <numerusform>Příliš mnoho chybných pokusů. Znovu to půjde za %n sekundy.</numerusform>
            <numerusform>Příliš mnoho chybných pokusů. Znovu to půjde za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>This pupil has no picture password yet. Ask your teacher.</source>
        <translation>Ještě nemáš obrázkové heslo. Řekni to paní učitelce nebo panu učiteli.</translation>
    </message>
    <message>
        <source>Those are not your pictures. Try again!</source>
        <translation>To nejsou tvoje obrázky. Zkus to znovu!</translation>
    </message>
    <message>
        <source>There is no avatar %1: choose one from 0 to %2.</source>
        <translation>Obrázek %1 neexistuje: vyberte jeden z 0 až %2.</translation>
    </message>
    <message>
        <source>This pupil is not in the school any more.</source>
        <translation>Tento žák už ve škole není.</translation>
    </message>
    <message>
        <source>This pupil cannot sign in now. Ask your teacher.</source>
        <translation>Teď se nemůžeš přihlásit. Řekni to paní učitelce nebo panu učiteli.</translation>
    </message>
    <message>
        <source>Only a signed-in teacher, trainer or administrator can change their password.</source>
        <translation>Heslo si může změnit jen přihlášený učitel, lektor nebo správce.</translation>
    </message>
    <message>
        <source>The new password is the same as the old one.</source>
        <translation>Nové heslo je stejné jako staré.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Současné heslo není správné.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile; please try again.</source>
        <translation>Heslo mezitím někdo změnil jinde; zkuste to prosím znovu.</translation>
    </message>
</context>
<context>
    <name>stages::AddClassDialog</name>
    <message>
        <source>Add a class</source>
        <translation>Přidat třídu</translation>
    </message>
    <message>
        <source>e.g. 2.B</source>
        <translation>např. 2.B</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Název třídy:</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Přidat třídu</translation>
    </message>
    <message>
        <source>Class name</source>
        <extracomment>Screen reader name of the field labelled &quot;Class name:&quot;</extracomment>
        <translation>Název třídy</translation>
    </message>
</context>
<context>
    <name>stages::AddEducatorDialog</name>
    <message>
        <source>Add an educator</source>
        <translation>Přidat vzdělavatele</translation>
    </message>
    <message>
        <source>e.g. Jana Nováková</source>
        <translation>např. Jana Nováková</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>No account here (only a record)</source>
        <extracomment>Account choice when adding an educator: they have no account in this database</extracomment>
        <translation>Bez účtu zde (jen záznam)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Account choice: a person&apos;s name and login, &quot;Tom Teacher (tom)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Ú&amp;čet:</translation>
    </message>
    <message>
        <source>Their school, when not this one</source>
        <translation>Jejich škola, pokud není tato</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizace:</translation>
    </message>
    <message>
        <source>Add educator</source>
        <translation>Přidat vzdělavatele</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Screen reader name of the field labelled &quot;Account:&quot;</extracomment>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>Screen reader name of the field labelled &quot;Organisation:&quot;</extracomment>
        <translation>Organizace</translation>
    </message>
</context>
<context>
    <name>stages::AddPupilDialog</name>
    <message>
        <source>Add a pupil</source>
        <translation>Přidat žáka</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Jméno a příjmení</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Jméno:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Třída:</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>Obrázek:</translation>
    </message>
    <message>
        <source>Add pupil</source>
        <translation>Přidat žáka</translation>
    </message>
    <message>
        <source>Picture password: tap 3 pictures in order. Tell the pupil which ones.</source>
        <translation>Obrázkové heslo: klepněte postupně na 3 obrázky. Řekněte žákovi, které to jsou.</translation>
    </message>
    <message>
        <source>Then show the sign-in card to print</source>
        <translation>Potom zobrazit přihlašovací kartičku k tisku</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Třída</translation>
    </message>
</context>
<context>
    <name>stages::AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Přidat pracovníka</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Jméno:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Heslo znovu:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Zadaná hesla se neshodují.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Screen reader name of the field labelled &quot;Role:&quot;</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Screen reader name of the field labelled &quot;Login:&quot;</extracomment>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Screen reader name of the field labelled &quot;Password:&quot;</extracomment>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Password again</source>
        <extracomment>Screen reader name of the field labelled &quot;Password again:&quot;</extracomment>
        <translation>Heslo znovu</translation>
    </message>
</context>
<context>
    <name>stages::AreaHeader</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Top bar: %1 is the person&apos;s name, %2 their role (&quot;Jana Nováková (Teacher)&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásit se</translation>
    </message>
</context>
<context>
    <name>stages::ArtifactDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Window title of an opened piece of work; %1 pupil, %2 kind of work (&quot;Melody&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Class %1 · “%2” · %3</source>
        <extracomment>Under the title of a pupil&apos;s work: %1 class, %2 the work&apos;s own title, %3 date and time</extracomment>
        <translation>Třída %1 · „%2“ · %3</translation>
    </message>
    <message>
        <source>This kind of work cannot be shown in this version.</source>
        <translation>Tento druh práce nelze v této verzi zobrazit.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentáře</translation>
    </message>
    <message>
        <source>Write a short comment for this work…</source>
        <translation>Napište k této práci krátký komentář…</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Uložit komentář</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One comment on a pupil&apos;s work: %1 author, %2 date and time, %3 the comment</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Rule the pupil picked: %1</source>
        <translation>Pravidlo, které si žák vybral: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Pravidlo: %1</translation>
    </message>
    <message>
        <source>No stars</source>
        <extracomment>Stars a teacher may give with a comment on a pupil&apos;s work</extracomment>
        <translation>Bez hvězdiček</translation>
    </message>
    <message>
        <source>Stars the pupil sees on their home with your comment</source>
        <translation>Hvězdičky, které žák uvidí spolu s vaším komentářem na své úvodní stránce</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Hvězdičky</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <extracomment>One comment on a pupil&apos;s work with stars: %1 author, %2 date and time, %3 stars (&quot;★★&quot;), %4 the comment</extracomment>
        <translation>%1, %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>stages::ArtifactMelody</name>
    <message>
        <source>This work does not hold a melody that can be played (%1).</source>
        <translation>Tato práce neobsahuje melodii, kterou by šlo přehrát (%1).</translation>
    </message>
</context>
<context>
    <name>stages::ArtifactService</name>
    <message>
        <source>Sign in to see your work.</source>
        <translation>Přihlas se a uvidíš svou práci.</translation>
    </message>
    <message>
        <source>This work is no longer there.</source>
        <translation>Tato práce už tu není.</translation>
    </message>
    <message>
        <source>Comments are signed by a teacher: sign in to write one.</source>
        <translation>Komentáře podepisuje učitel: chcete-li komentář napsat, přihlaste se.</translation>
    </message>
    <message>
        <source>A comment can be at most %1 characters long.</source>
        <translation>Komentář může mít nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>Give from 1 to %1 stars, or none.</source>
        <translation>Počet hvězdiček musí být 1 až %1, nebo žádná.</translation>
    </message>
    <message>
        <source>Write a few words or give stars first.</source>
        <translation>Nejprve napište pár slov nebo udělte hvězdičky.</translation>
    </message>
    <message>
        <source>Only the pupil who made this work can mark its comments as seen.</source>
        <translation>Komentáře k této práci může označit jako přečtené jen žák, který ji vytvořil.</translation>
    </message>
</context>
<context>
    <name>stages::ArtifactTableModel</name>
    <message>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>Move sequence</source>
        <translation>Sled pohybů</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Řady</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Žák</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Cvičení</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Comments</source>
        <extracomment>Column: number of teachers&apos; comments on a piece of work</extracomment>
        <translation>Komentáře</translation>
    </message>
    <message>
        <source>Karate combination</source>
        <extracomment>Kind of a pupil&apos;s work: a combination of karate moves a figure can perform</extracomment>
        <translation>Karatistická sestava</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <extracomment>Table cell for screen readers: stars a teacher gave a piece of work</extracomment>
        <translation>
            <numerusform>%n hvězdička</numerusform>
            <numerusform>%n hvězdičky</numerusform>
            <numerusform>%n hvězdiček</numerusform>
        </translation>
    </message>
    <message>
        <source>Stars</source>
        <extracomment>Column: the stars (1 to 3) of the newest comment that gave stars</extracomment>
        <translation>Hvězdičky</translation>
    </message>
    <message>
        <source>Drawing</source>
        <extracomment>Kind of a pupil&apos;s work: a picture drawn on points on a circle</extracomment>
        <translation>Kresba</translation>
    </message>
</context>
<context>
    <name>stages::Artwork</name>
    <message>
        <source>Cat</source>
        <translation>Kočka</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>Pes</translation>
    </message>
    <message>
        <source>Owl</source>
        <translation>Sova</translation>
    </message>
    <message>
        <source>Fox</source>
        <translation>Liška</translation>
    </message>
    <message>
        <source>Bear</source>
        <translation>Medvěd</translation>
    </message>
    <message>
        <source>Frog</source>
        <translation>Žába</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Králík</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lev</translation>
    </message>
    <message>
        <source>Penguin</source>
        <translation>Tučňák</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Želva</translation>
    </message>
    <message>
        <source>Bee</source>
        <translation>Včela</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Slon</translation>
    </message>
    <message>
        <source>Pig</source>
        <translation>Prasátko</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Myška</translation>
    </message>
    <message>
        <source>Panda</source>
        <translation>Panda</translation>
    </message>
    <message>
        <source>Monkey</source>
        <translation>Opička</translation>
    </message>
    <message>
        <source>Giraffe</source>
        <translation>Žirafa</translation>
    </message>
    <message>
        <source>Zebra</source>
        <translation>Zebra</translation>
    </message>
    <message>
        <source>Sheep</source>
        <translation>Ovečka</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Snail</source>
        <translation>Šnek</translation>
    </message>
    <message>
        <source>Ladybird</source>
        <translation>Beruška</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Motýl</translation>
    </message>
    <message>
        <source>Whale</source>
        <translation>Velryba</translation>
    </message>
    <message>
        <source>Crab</source>
        <translation>Krab</translation>
    </message>
    <message>
        <source>Hedgehog</source>
        <translation>Ježek</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>Chobotnice</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Kravička</translation>
    </message>
    <message>
        <source>Dinosaur</source>
        <translation>Dinosaurus</translation>
    </message>
    <message>
        <source>Parrot</source>
        <translation>Papoušek</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Raketa</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Deštník</translation>
    </message>
</context>
<context>
    <name>stages::AssignDialog</name>
    <message>
        <source>Assign work</source>
        <translation>Zadat úkol</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Třída:</translation>
    </message>
    <message>
        <source>The &amp;whole class</source>
        <translation>&amp;Celá třída</translation>
    </message>
    <message>
        <source>Only the &amp;pupils ticked below</source>
        <translation>&amp;Jen žáci zaškrtnutí níže</translation>
    </message>
    <message>
        <source>For whom:</source>
        <translation>Pro koho:</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Hra:</translation>
    </message>
    <message>
        <source>Whole &amp;stages</source>
        <translation>Celé &amp;etapy</translation>
    </message>
    <message>
        <source>Particular &amp;exercises</source>
        <translation>Jednotlivá cvič&amp;ení</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Co:</translation>
    </message>
    <message>
        <source>Stage of the exercises</source>
        <translation>Etapa cvičení</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>Ter&amp;mín</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kdy:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zadat</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <extracomment>A stage in the teacher&apos;s list: %1 its number, %2 its title (&quot;Three elements&quot;)</extracomment>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source>Tick at least one pupil, or choose the whole class.</source>
        <translation>Zaškrtněte alespoň jednoho žáka, nebo zvolte celou třídu.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Screen reader name of the list of pupils to tick in the assignment dialog</extracomment>
        <translation>Žáci</translation>
    </message>
    <message>
        <source>Game</source>
        <extracomment>Screen reader name of the field labelled &quot;Game:&quot;</extracomment>
        <translation>Hra</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Screen reader name of the list of stages to tick in the assignment dialog</extracomment>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Screen reader name of the due date field of the assignment dialog</extracomment>
        <translation>Termín</translation>
    </message>
</context>
<context>
    <name>stages::AssignmentItemWords</name>
    <message>
        <source>Find all</source>
        <extracomment>What a pupil does in an exercise (a name in the teacher&apos;s list of exercises)</extracomment>
        <translation>Najdi všechny</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Spočítej</translation>
    </message>
    <message>
        <source>Count those that start with…</source>
        <translation>Spočítej ty, které začínají…</translation>
    </message>
    <message>
        <source>Find the missing one</source>
        <translation>Najdi chybějící</translation>
    </message>
    <message>
        <source>Spot the twin</source>
        <translation>Najdi dvojče</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Co přijde dál</translation>
    </message>
    <message>
        <source>Transfer to another look</source>
        <translation>Přenes do jiného vzhledu</translation>
    </message>
    <message>
        <source>Same in every row</source>
        <translation>Stejné v každé řadě</translation>
    </message>
    <message>
        <source>Predict with one more</source>
        <translation>Odhadni s jednou navíc</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Vytvoř</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Slož</translation>
    </message>
    <message>
        <source>Karate combination</source>
        <translation>Karatistická sestava</translation>
    </message>
    <message>
        <source>Play it back</source>
        <translation>Zahraj po mně</translation>
    </message>
    <message>
        <source>Listen and find</source>
        <translation>Poslechni a najdi</translation>
    </message>
    <message>
        <source>Tap the rhythm</source>
        <translation>Vyťukej rytmus</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 elements</source>
        <extracomment>One exercise in the teacher&apos;s list: %1 what the pupil does (&quot;Count&quot;), %2 its look (&quot;shapes&quot;), %3 how many elements</extracomment>
        <translation>%1 · %2 · prvků: %3</translation>
    </message>
    <message>
        <source>%1: stage %2</source>
        <extracomment>What an assignment asks: %1 a kind of game (&quot;Music&quot;), %2 a stage number</extracomment>
        <translation>%1: etapa %2</translation>
    </message>
    <message>
        <source>%1: stage %2, %3</source>
        <extracomment>What an assignment asks: %1 a kind of game (&quot;Music&quot;), %2 a stage number, %3 the exercise&apos;s name</extracomment>
        <translation>%1: etapa %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>After the first stages of an assignment: %1 them, %n how many more</extracomment>
        <translation>
            <numerusform>%1 a ještě %n další</numerusform>
            <numerusform>%1 a ještě %n další</numerusform>
            <numerusform>%1 a ještě %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>Class %1</source>
        <extracomment>For whom an assignment is: %1 a class (&quot;2.A&quot;)</extracomment>
        <translation>Třída %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <extracomment>For whom an assignment is: %n chosen pupils of a class</extracomment>
        <translation>
            <numerusform>%n žák</numerusform>
            <numerusform>%n žáci</numerusform>
            <numerusform>%n žáků</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::AssignmentService</name>
    <message>
        <source>Only teachers can give and change assignments.</source>
        <translation>Úkoly může zadávat a měnit jen učitel.</translation>
    </message>
    <message>
        <source>There is no such class.</source>
        <translation>Taková třída neexistuje.</translation>
    </message>
    <message>
        <source>Choose at least one stage or exercise to assign.</source>
        <translation>Vyberte alespoň jednu etapu nebo cvičení, které chcete zadat.</translation>
    </message>
    <message>
        <source>An assignment can have at most %1 stages or exercises.</source>
        <translation>Úkol může obsahovat nejvýše %1 etap nebo cvičení.</translation>
    </message>
    <message>
        <source>Every stage of an assignment needs its kind of game (music, colours, …).</source>
        <translation>Každá etapa v úkolu musí mít uvedený druh hry (hudba, barvy, …).</translation>
    </message>
    <message>
        <source>Stages are numbered from 1.</source>
        <translation>Etapy se číslují od 1.</translation>
    </message>
    <message>
        <source>The due date has already passed: choose today or a later day.</source>
        <translation>Termín už uplynul: zvolte dnešek nebo pozdější den.</translation>
    </message>
    <message>
        <source>One of the chosen pupils is not in class %1.</source>
        <extracomment>%1 is a class (&quot;2.A&quot;)</extracomment>
        <translation>Jeden z vybraných žáků není ve třídě %1.</translation>
    </message>
    <message>
        <source>This assignment is no longer there.</source>
        <translation>Tento úkol už tu není.</translation>
    </message>
    <message>
        <source>Sign in to see your tasks.</source>
        <translation>Přihlas se a uvidíš své úkoly.</translation>
    </message>
</context>
<context>
    <name>stages::AssignmentTableModel</name>
    <message>
        <source>%1 (closed)</source>
        <extracomment>An assignment the teacher closed (pupils no longer see it): %1 what it asked</extracomment>
        <translation>%1 (uzavřeno)</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Due column of an assignment without a due date</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Pupils who finished an assignment: %1 done, %2 of how many</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of the assignments table: the stages or exercises asked</extracomment>
        <translation>Co</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pro koho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Column: how many pupils have finished the assignment</extracomment>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Zadáno</translation>
    </message>
</context>
<context>
    <name>stages::AssignmentsPanel</name>
    <message>
        <source>Assignments</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uzavřít</translation>
    </message>
    <message>
        <source>Pupils no longer see the selected assignment; you still do.</source>
        <translation>Žáci vybraný úkol už neuvidí; vy ano.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Smazat…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nový…</translation>
    </message>
    <message>
        <source>Give stages or exercises to the class or some of its pupils.</source>
        <translation>Zadat etapy nebo cvičení třídě nebo některým jejím žákům.</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Třída:</translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>Zatím žádné úkoly</translation>
    </message>
    <message>
        <source>Choose New… to give the class stages or exercises. Pupils see them first on their home, as pictures.</source>
        <translation>Volbou Nový… zadáte třídě etapy nebo cvičení. Žáci je uvidí jako první na své úvodní stránce, jako obrázky.</translation>
    </message>
    <message>
        <source>Pupils: %1 of %2 done</source>
        <extracomment>Above the per-pupil table of the selected assignment: %1 pupils done, %2 of how many</extracomment>
        <translation>Žáci: hotovo %1 z %2</translation>
    </message>
    <message>
        <source>Delete the assignment?</source>
        <translation>Smazat úkol?</translation>
    </message>
    <message>
        <source>The assignment disappears for you and the pupils. What the pupils did stays in their progress.</source>
        <translation>Úkol zmizí vám i žákům. Co žáci udělali, zůstane v jejich pokrocích.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the class choice of the assignments (its label says &quot;Class:&quot;)</extracomment>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Who has done the assignment</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Kdo úkol splnil</translation>
    </message>
</context>
<context>
    <name>stages::AttemptJournal</name>
    <message>
        <source>An attempt to keep for later needs its id and time.</source>
        <translation>Pokus uložený na později potřebuje své id a čas.</translation>
    </message>
    <message>
        <source>The list of answers to save later (%1) is busy.</source>
        <translation>Seznam odpovědí k pozdějšímu uložení (%1) je právě používán.</translation>
    </message>
    <message>
        <source>Cannot keep the answer in %1: %2</source>
        <translation>Odpověď nelze uschovat v %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze číst %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Nelze odstranit %1.</translation>
    </message>
    <message>
        <source>Cannot rewrite %1: %2</source>
        <translation>Nelze přepsat %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::AttemptService</name>
    <message>
        <source>Attempts can only be recorded by the pupil who made them.</source>
        <translation>Pokus může zaznamenat jen žák, který ho provedl.</translation>
    </message>
    <message>
        <source>The attempt does not name its exercise, domain and stage.</source>
        <translation>U pokusu chybí cvičení, oblast nebo etapa.</translation>
    </message>
    <message>
        <source>The attempt has an impossible score, duration or hint count.</source>
        <translation>Pokus má nemožné skóre, dobu trvání nebo počet nápověd.</translation>
    </message>
    <message>
        <source>This attempt was stored meanwhile.</source>
        <translation>Tento pokus byl mezitím uložen.</translation>
    </message>
</context>
<context>
    <name>stages::AttemptTimelineModel</name>
    <message>
        <source>%1 (in a warm-up)</source>
        <translation>%1 (při rozcvičce)</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <extracomment>An attempt&apos;s exercise when nothing better is known: %1 domain id, %2 stage number</extracomment>
        <translation>%1, etapa %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A score in per cent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the pupil solved an exercise</extracomment>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Exercise</source>
        <extracomment>Column of a pupil&apos;s attempts: which exercise</extracomment>
        <translation>Cvičení</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column of a pupil&apos;s attempts: how long it took (minutes:seconds)</extracomment>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Nápovědy</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Vyřešeno</translation>
    </message>
</context>
<context>
    <name>stages::AttentionRules</name>
    <message>
        <source>Has not started yet</source>
        <translation>Ještě nezačato</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation>
            <numerusform>Neaktivní %n den</numerusform>
            <numerusform>Neaktivní %n dny</numerusform>
            <numerusform>Neaktivní %n dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new stage in the last %n session(s)</source>
        <translation>
            <numerusform>Žádná nová etapa za poslední %n lekci</numerusform>
            <numerusform>Žádná nová etapa za poslední %n lekce</numerusform>
            <numerusform>Žádná nová etapa za posledních %n lekcí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row at stage %1</source>
        <extracomment>%1 is the stage number</extracomment>
        <translation>
            <numerusform>%n neúspěšný pokus za sebou v etapě %1</numerusform>
            <numerusform>%n neúspěšné pokusy za sebou v etapě %1</numerusform>
            <numerusform>%n neúspěšných pokusů za sebou v etapě %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row at %1 stage %2</source>
        <extracomment>%1 is the domain, e.g. &quot;Music&quot;; %2 the stage number</extracomment>
        <translation>
            <numerusform>%n neúspěšný pokus za sebou: %1, etapa %2</numerusform>
            <numerusform>%n neúspěšné pokusy za sebou: %1, etapa %2</numerusform>
            <numerusform>%n neúspěšných pokusů za sebou: %1, etapa %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) behind the class (median %1)</source>
        <extracomment>%1 is the class median, e.g. &quot;7&quot; or &quot;6.5&quot;</extracomment>
        <translation>
            <numerusform>O %n etapu za třídou (medián %1)</numerusform>
            <numerusform>O %n etapy za třídou (medián %1)</numerusform>
            <numerusform>O %n etap za třídou (medián %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::AttentionRulesDialog</name>
    <message>
        <source>Off</source>
        <extracomment>Shown in an attention rule&apos;s number box at 0: the rule is turned off</extracomment>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <source>Attention rules</source>
        <translation>Pravidla pozornosti</translation>
    </message>
    <message>
        <source>A pupil appears in the attention list when any of these is true. Set a rule to 0 to turn it off.</source>
        <translation>Žák se objeví v seznamu pro pozornost, pokud platí kterékoli z těchto pravidel. Nastavením pravidla na 0 ho vypnete.</translation>
    </message>
    <message>
        <source>A session is a day on which the pupil did at least one exercise.</source>
        <translation>Lekce je den, kdy žák udělal alespoň jedno cvičení.</translation>
    </message>
    <message>
        <source>Sessions without a new stage:</source>
        <translation>Lekcí bez nové etapy:</translation>
    </message>
    <message>
        <source>Failed attempts in a row at one stage:</source>
        <translation>Neúspěšných pokusů za sebou v jedné etapě:</translation>
    </message>
    <message>
        <source>Days without an exercise:</source>
        <translation>Dní bez cvičení:</translation>
    </message>
    <message>
        <source>Stages behind the class median:</source>
        <translation>Etap za mediánem třídy:</translation>
    </message>
    <message>
        <source>Sessions without a new stage</source>
        <extracomment>Screen reader name of the field labelled &quot;Sessions without a new stage:&quot;</extracomment>
        <translation>Sezení bez nové etapy</translation>
    </message>
    <message>
        <source>Failed attempts in a row at one stage</source>
        <extracomment>Screen reader name of the field labelled &quot;Failed attempts in a row at one stage:&quot;</extracomment>
        <translation>Neúspěšné pokusy za sebou v jedné etapě</translation>
    </message>
    <message>
        <source>Days without an exercise</source>
        <extracomment>Screen reader name of the field labelled &quot;Days without an exercise:&quot;</extracomment>
        <translation>Dny bez cvičení</translation>
    </message>
    <message>
        <source>Stages behind the class median</source>
        <extracomment>Screen reader name of the field labelled &quot;Stages behind the class median:&quot;</extracomment>
        <translation>Etap za mediánem třídy</translation>
    </message>
</context>
<context>
    <name>stages::AvatarChoicePage</name>
    <message>
        <source>Who are you?</source>
        <translation>Kdo jsi?</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Zatím tu nikdo není</translation>
    </message>
    <message>
        <source>Ask your teacher to add you to this class.</source>
        <translation>Řekni paní učitelce nebo panu učiteli, ať tě do třídy přidá.</translation>
    </message>
    <message>
        <source>Who are you? (%1)</source>
        <extracomment>%1 is the name of the pupil&apos;s class, e.g. &quot;1.A&quot;</extracomment>
        <translation>Kdo jsi? (%1)</translation>
    </message>
    <message>
        <source>The pupils cannot be shown now</source>
        <extracomment>Shown to pupils when the pupils of a class cannot be read (a storage problem)</extracomment>
        <translation>Žáky teď nejde zobrazit</translation>
    </message>
    <message>
        <source>Ask your teacher for help.</source>
        <translation>Řekni si o pomoc paní učitelce nebo panu učiteli.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Screen reader name of the grid of pupils&apos; pictures on the sign-in</extracomment>
        <translation>Žáci</translation>
    </message>
</context>
<context>
    <name>stages::AvatarPicker</name>
    <message>
        <source>%1 (already used in this class)</source>
        <extracomment>Tooltip of an avatar another pupil of the class already has; %1 is its name (&quot;Cat&quot;)</extracomment>
        <translation>%1 (už má někdo z této třídy)</translation>
    </message>
</context>
<context>
    <name>stages::CertificateExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Nepodařilo se zapsat %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::CertificatePdf</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format on the printed certificate (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
        <translation>d. M. yyyy</translation>
    </message>
    <message>
        <source>A founding trainer of %1.</source>
        <extracomment>On a founding trainer&apos;s certificate; %1 is the organisation</extracomment>
        <translation>Zakládající lektor organizace %1.</translation>
    </message>
    <message>
        <source>Certified by %1</source>
        <extracomment>Start of the line of certification; %1 is the trainer who certified the holder</extracomment>
        <translation>Certifikát vydal: %1</translation>
    </message>
    <message>
        <source>%1, who was certified by %2</source>
        <extracomment>The line of certification grows: %1 is the line so far (&quot;Certified by A&quot;), %2 the one who certified its last person</extracomment>
        <translation>%1, tomuto lektorovi certifikát vydal: %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of the line of certification; %1 is the whole line</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>The big title of the printed certificate</extracomment>
        <translation>Certifikát</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <extracomment>On the certificate, above the holder&apos;s name</extracomment>
        <translation>Tento certifikát získává</translation>
    </message>
    <message>
        <source>has met every requirement of the programme</source>
        <extracomment>On the certificate, under the holder&apos;s name</extracomment>
        <translation>za splnění všech požadavků programu</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <extracomment>On the certificate: %1 is the programme (&quot;Stages teacher&quot;), %2 its level (1)</extracomment>
        <translation>%1, úroveň %2</translation>
    </message>
    <message>
        <source>ISSUED ON</source>
        <extracomment>Caption on the certificate, above the issue date</extracomment>
        <translation>DATUM VYDÁNÍ</translation>
    </message>
    <message>
        <source>VALID UNTIL</source>
        <extracomment>Caption on the certificate, above the expiry date</extracomment>
        <translation>PLATÍ DO</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Bez omezení platnosti</translation>
    </message>
    <message>
        <source>ISSUED BY</source>
        <extracomment>Caption on the certificate, under the name of the trainer who issued it</extracomment>
        <translation>VYSTAVITEL</translation>
    </message>
    <message>
        <source>VERIFICATION CODE</source>
        <extracomment>Caption on the certificate, under the verification code and its QR code</extracomment>
        <translation>OVĚŘOVACÍ KÓD</translation>
    </message>
    <message>
        <source>Anyone can check this certificate: stagesctl cert verify FILE, with this PDF or its .json file.</source>
        <extracomment>At the foot of the certificate; keep the command as it is</extracomment>
        <translation>Tento certifikát může ověřit kdokoli: stagesctl cert verify FILE, s tímto PDF nebo s jeho souborem .json.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <extracomment>Title of the certificate PDF; %1 is the holder&apos;s name</extracomment>
        <translation>Certifikát: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Nepodařilo se zapsat %1.</translation>
    </message>
</context>
<context>
    <name>stages::CertificateTableModel</name>
    <message>
        <source>Valid</source>
        <extracomment>Certificate status</extracomment>
        <translation>Platný</translation>
    </message>
    <message>
        <source>Valid, expires soon</source>
        <extracomment>Certificate status: still valid, expires within 90 days</extracomment>
        <translation>Platný, brzy vyprší</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vypršel</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Zrušený</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <extracomment>Tooltip on a revoked certificate: who revoked it and why</extracomment>
        <translation>Zrušeno uživatelem %1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>A certificate that never expires</extracomment>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>%1 (founding)</source>
        <extracomment>Issuer of a founding trainer&apos;s certificate (recorded by an admin)</extracomment>
        <translation>%1 (zakládající)</translation>
    </message>
    <message>
        <source>Holder</source>
        <extracomment>Column: who holds the certificate</extracomment>
        <translation>Držitel</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vydáno</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Issued by</source>
        <extracomment>Column: the trainer who signed the certificate</extracomment>
        <translation>Vystavitel</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column: the verification code of a certificate</extracomment>
        <translation>Kód</translation>
    </message>
</context>
<context>
    <name>stages::CertificateVerifier</name>
    <message>
        <source>The signature does not match: the certificate was changed, or it was not signed with this key.</source>
        <translation>Podpis nesouhlasí: certifikát byl změněn, nebo nebyl podepsán tímto klíčem.</translation>
    </message>
    <message>
        <source>The signature holds, but the content cannot be read: %1</source>
        <extracomment>%1 says what is wrong with the certificate&apos;s content</extracomment>
        <translation>Podpis platí, ale obsah nelze přečíst: %1</translation>
    </message>
    <message>
        <source>The certificate names another signing key than the one trusted here.</source>
        <translation>Certifikát uvádí jiný podpisový klíč než ten, kterému se zde důvěřuje.</translation>
    </message>
    <message>
        <source>The signature holds, but the organisation has revoked this certificate.</source>
        <translation>Podpis platí, ale organizace tento certifikát zrušila.</translation>
    </message>
    <message>
        <source>The signature holds, but the certificate expired on %1.</source>
        <extracomment>%1 is the expiry date (2029-09-01)</extracomment>
        <translation>Podpis platí, ale platnost certifikátu skončila dne %1.</translation>
    </message>
    <message>
        <source>The signature holds and the certificate has not expired. Whether it was revoked is not checked: only the issuing organisation&apos;s database knows.</source>
        <translation>Podpis platí a platnost certifikátu neskončila. Zda byl zrušen, se nekontroluje: to ví jen databáze organizace, která ho vydala.</translation>
    </message>
    <message>
        <source>The signature holds and the certificate has not expired. This database does not know the certificate, so it cannot say whether it was revoked.</source>
        <translation>Podpis platí a platnost certifikátu neskončila. Tato databáze certifikát nezná, takže nemůže říct, zda byl zrušen.</translation>
    </message>
    <message>
        <source>The signature holds, the certificate has not expired and it was not revoked.</source>
        <translation>Podpis platí, platnost certifikátu neskončila a certifikát nebyl zrušen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Nelze otevřít %1: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a certificate.</source>
        <translation>Soubor %1 je na certifikát příliš velký.</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>Soubor %1 není PDF.</translation>
    </message>
    <message>
        <source>There is no Stages certificate inside this PDF.</source>
        <translation>V tomto PDF není žádný certifikát Stages.</translation>
    </message>
</context>
<context>
    <name>stages::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Certifikáty</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Zrušit…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate, with a reason</source>
        <translation>Zrušit vybraný certifikát s uvedením důvodu</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportovat PDF…</translation>
    </message>
    <message>
        <source>The certificate page to print, with its QR code and the signed data inside</source>
        <translation>Stránka certifikátu k tisku, s QR kódem a podepsanými daty uvnitř</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportovat JSON…</translation>
    </message>
    <message>
        <source>The signed certificate as a file anyone can verify</source>
        <translation>Podepsaný certifikát jako soubor, který může ověřit kdokoli</translation>
    </message>
    <message>
        <source>Export badge…</source>
        <translation>Exportovat odznak…</translation>
    </message>
    <message>
        <source>An Open Badge 3.0 credential and its signed JWT, for badge wallets</source>
        <translation>Osvědčení Open Badge 3.0 a jeho podepsaný JWT pro úložiště odznaků</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>All certificates</source>
        <extracomment>Certificates filter: every certificate</extracomment>
        <translation>Všechny certifikáty</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <extracomment>Certificates filter: renewal reminders</extracomment>
        <translation>Platnost končí do %1 dnů</translation>
    </message>
    <message>
        <source>Search by holder, programme or code</source>
        <translation>Hledat podle držitele, programu nebo kódu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <extracomment>How many certificates the table shows after the filters, of how many there are</extracomment>
        <translation>
            <numerusform>%1 z %n</numerusform>
            <numerusform>%1 z %n</numerusform>
            <numerusform>%1 z %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is revoked.</source>
        <translation>Certifikát je zrušený.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>Uloženo: %1.</translation>
    </message>
    <message>
        <source>Choose a certificate first.</source>
        <translation>Nejdřív vyberte certifikát.</translation>
    </message>
    <message>
        <source>Export certificate as PDF</source>
        <extracomment>File type in the save dialog</extracomment>
        <translation>Exportovat certifikát jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export signed certificate</source>
        <translation>Exportovat podepsaný certifikát</translation>
    </message>
    <message>
        <source>Signed certificates (*.json)</source>
        <translation>Podepsané certifikáty (*.json)</translation>
    </message>
    <message>
        <source>Export Open Badge</source>
        <translation>Exportovat Open Badge</translation>
    </message>
    <message>
        <source>Open Badges (*.json)</source>
        <translation>Open Badges (*.json)</translation>
    </message>
    <message>
        <source>Sign the badge</source>
        <translation>Podepsat odznak</translation>
    </message>
    <message>
        <source>The badge&apos;s JWT is signed with the organisation&apos;s key. Your password unlocks it for this one signature.</source>
        <translation>JWT odznaku se podepisuje klíčem organizace. Vaše heslo klíč odemkne jen pro tento jeden podpis.</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Podepsat a uložit</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <extracomment>Screen reader name of the certificates filter (its label says &quot;Show:&quot;)</extracomment>
        <translation>Zobrazit certifikáty</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <extracomment>Screen reader name of the search field of the certificates</extracomment>
        <translation>Hledat certifikáty</translation>
    </message>
</context>
<context>
    <name>stages::CertificationChart</name>
    <message>
        <source>Certificates issued per month</source>
        <extracomment>Chart title on the trainer&apos;s overview</extracomment>
        <translation>Vydané certifikáty po měsících</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>Month label under the bars of the chart, e.g. &quot;Mar 26&quot;</extracomment>
        <translation>M/yy</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikáty</translation>
    </message>
    <message>
        <source>Certificates over time</source>
        <extracomment>Screen reader name of the chart of certificates issued over time</extracomment>
        <translation>Certifikáty v čase</translation>
    </message>
</context>
<context>
    <name>stages::CertificationRules</name>
    <message>
        <source>a valid %1 certificate</source>
        <extracomment>What is missing before certification: %1 is a programme&apos;s name, e.g. &quot;Stages teacher&quot;.</extracomment>
        <translation>platný certifikát „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) with a negative amount ignored</source>
        <extracomment>Evidence such as &quot;-3 workshop hours&quot; that the certification rules did not count.</extracomment>
        <translation>
            <numerusform>%n záznam se záporným množstvím vynechán</numerusform>
            <numerusform>%n záznamy se záporným množstvím vynechány</numerusform>
            <numerusform>%n záznamů se záporným množstvím vynecháno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more workshop hour(s)</source>
        <translation>
            <numerusform>ještě %n hodina workshopu</numerusform>
            <numerusform>ještě %n hodiny workshopu</numerusform>
            <numerusform>ještě %n hodin workshopu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more workshop hours</source>
        <translation>ještě %1 hodiny workshopu</translation>
    </message>
    <message numerus="yes">
        <source>%n more practicum week(s)</source>
        <translation>
            <numerusform>ještě %n týden praxe</numerusform>
            <numerusform>ještě %n týdny praxe</numerusform>
            <numerusform>ještě %n týdnů praxe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more practicum weeks</source>
        <translation>ještě %1 týdne praxe</translation>
    </message>
    <message numerus="yes">
        <source>%n more portfolio item(s)</source>
        <translation>
            <numerusform>ještě %n položka portfolia</numerusform>
            <numerusform>ještě %n položky portfolia</numerusform>
            <numerusform>ještě %n položek portfolia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) outside 1 to 4 ignored</source>
        <extracomment>Rubric scores of observed lessons that the certification rules did not count.</extracomment>
        <translation>
            <numerusform>%n hodnocení mimo 1 až 4 vynecháno</numerusform>
            <numerusform>%n hodnocení mimo 1 až 4 vynechána</numerusform>
            <numerusform>%n hodnocení mimo 1 až 4 vynecháno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) without a valid score not counted</source>
        <translation>
            <numerusform>%n hodina bez platného hodnocení se nepočítá</numerusform>
            <numerusform>%n hodiny bez platného hodnocení se nepočítají</numerusform>
            <numerusform>%n hodin bez platného hodnocení se nepočítá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more observed lesson(s); observed lessons average %1, needs %2</source>
        <extracomment>%n: lessons still to observe; %1: the average so far, %2: the minimum average, e.g. 2.8 and 3.0.</extracomment>
        <translation>
            <numerusform>ještě %n pozorovaná hodina; průměr pozorovaných hodin %1, potřeba %2</numerusform>
            <numerusform>ještě %n pozorované hodiny; průměr pozorovaných hodin %1, potřeba %2</numerusform>
            <numerusform>ještě %n pozorovaných hodin; průměr pozorovaných hodin %1, potřeba %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more observed lesson(s)</source>
        <translation>
            <numerusform>ještě %n pozorovaná hodina</numerusform>
            <numerusform>ještě %n pozorované hodiny</numerusform>
            <numerusform>ještě %n pozorovaných hodin</numerusform>
        </translation>
    </message>
    <message>
        <source>observed lessons average %1, needs %2</source>
        <extracomment>%1: the average of the observed lessons so far, %2: the minimum average, e.g. 2.8 and 3.0.</extracomment>
        <translation>průměr pozorovaných hodin %1, potřeba %2</translation>
    </message>
</context>
<context>
    <name>stages::ChangeAvatarDialog</name>
    <message>
        <source>Avatar of %1</source>
        <extracomment>Window title; %1 is the pupil&apos;s name</extracomment>
        <translation>Obrázek žáka %1</translation>
    </message>
    <message>
        <source>Choose the picture %1 finds at sign-in. Faded pictures already belong to somebody else in %2.</source>
        <extracomment>%1 is the pupil&apos;s name, %2 their class</extracomment>
        <translation>Vyberte obrázek, podle kterého se %1 najde při přihlášení. Vybledlé obrázky už patří někomu jinému ve třídě %2.</translation>
    </message>
    <message>
        <source>Save avatar</source>
        <translation>Uložit obrázek</translation>
    </message>
</context>
<context>
    <name>stages::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Současné heslo:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nové heslo:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Zopakujte nové heslo:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>The new password and its repetition differ. Type them again.</source>
        <translation>Nové heslo a jeho zopakování se liší. Zadejte je znovu.</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Screen reader name of the field labelled &quot;Current password:&quot;</extracomment>
        <translation>Současné heslo</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Screen reader name of the field labelled &quot;New password:&quot;</extracomment>
        <translation>Nové heslo</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <extracomment>Screen reader name of the field labelled &quot;Repeat the new password:&quot;</extracomment>
        <translation>Nové heslo znovu</translation>
    </message>
</context>
<context>
    <name>stages::ClassChoicePage</name>
    <message>
        <source>Which is your class?</source>
        <translation>Která je tvoje třída?</translation>
    </message>
    <message>
        <source>No classes yet</source>
        <translation>Zatím tu nejsou žádné třídy</translation>
    </message>
    <message>
        <source>Ask your teacher to add your class.</source>
        <translation>Řekni paní učitelce nebo panu učiteli, ať tvoji třídu přidá.</translation>
    </message>
    <message>
        <source>The classes cannot be shown now</source>
        <extracomment>Shown to pupils when the list of classes cannot be read (a storage problem)</extracomment>
        <translation>Třídy teď nejde zobrazit</translation>
    </message>
    <message>
        <source>Ask your teacher for help.</source>
        <translation>Řekni si o pomoc paní učitelce nebo panu učiteli.</translation>
    </message>
    <message>
        <source>Classes</source>
        <extracomment>Screen reader name of the grid of class tiles on the pupil&apos;s sign-in</extracomment>
        <translation>Třídy</translation>
    </message>
</context>
<context>
    <name>stages::ClassOverviewModel</name>
    <message>
        <source>Click to see the dashboard of %1.</source>
        <translation>Kliknutím zobrazíte přehled třídy %1.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A success rate, e.g. &quot;83 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Žáci</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column header: pupils who did an exercise in the last 7 days</extracomment>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Úspěšnost</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Column header: the median number of stages pupils can do well</extracomment>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>Column header: pupils who need the teacher&apos;s attention</extracomment>
        <translation>Pozornost</translation>
    </message>
    <message>
        <source>Pupils who did an exercise in the last 7 days</source>
        <translation>Žáci, kteří za posledních 7 dní udělali nějaké cvičení</translation>
    </message>
    <message>
        <source>Share of attempts that succeeded</source>
        <translation>Podíl úspěšných pokusů</translation>
    </message>
    <message>
        <source>Median number of stages pupils can do well (proficient or mastered)</source>
        <translation>Medián počtu etap, které žáci dobře zvládají (úroveň „umím to“ nebo „umím to jako mistr“)</translation>
    </message>
    <message>
        <source>Pupils who need your attention</source>
        <translation>Žáci, kteří potřebují vaši pozornost</translation>
    </message>
</context>
<context>
    <name>stages::ClassService</name>
    <message>
        <source>There is already a class called &quot;%1&quot;.</source>
        <translation>Třída „%1“ už existuje.</translation>
    </message>
    <message>
        <source>Set up the school first.</source>
        <translation>Nejprve nastavte školu.</translation>
    </message>
</context>
<context>
    <name>stages::ClassTableModel</name>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Žáci</translation>
    </message>
</context>
<context>
    <name>stages::CombinatoricsDomain</name>
    <message>
        <source>Colours and shapes</source>
        <extracomment>Pupil home tile of the combinatorics domain</extracomment>
        <translation>Barvy a tvary</translation>
    </message>
</context>
<context>
    <name>stages::CombinatoricsProvider</name>
    <message>
        <source>Two elements</source>
        <translation>Dva prvky</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>Tři prvky</translation>
    </message>
    <message>
        <source>Choosing and repeating</source>
        <translation>Výběr a opakování</translation>
    </message>
    <message>
        <source>Four elements</source>
        <translation>Čtyři prvky</translation>
    </message>
    <message>
        <source>The systematic order</source>
        <translation>Pěkně popořadě</translation>
    </message>
    <message>
        <source>Counting without listing</source>
        <translation>Počítání bez vypisování</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Tvoření</translation>
    </message>
    <message>
        <source>Creates their own set of arrangements that follows a rule.</source>
        <translation>Vytvoří vlastní sadu uspořádání, která dodržuje pravidlo.</translation>
    </message>
    <message>
        <source>Finds and counts every order of two things and every pair from two groups.</source>
        <translation>Najde a spočítá všechna pořadí dvou věcí a všechny dvojice ze dvou skupin.</translation>
    </message>
    <message>
        <source>Predicts, lists and counts the six orders of three things, notices what rows share and spots a missing or doubled one.</source>
        <translation>Odhadne, vypíše a spočítá šest pořadí tří věcí, všimne si, co mají řady společného, a najde chybějící nebo zdvojenou.</translation>
    </message>
    <message>
        <source>Lists and counts choices with repetition, without order and from several groups, and knows when the list is complete.</source>
        <translation>Vypíše a spočítá výběry s opakováním, bez ohledu na pořadí i z několika skupin a pozná, kdy je seznam úplný.</translation>
    </message>
    <message>
        <source>Predicts 24 orders, lists them with a system, counts those that start alike and finds the gaps.</source>
        <translation>Odhadne 24 pořadí, vypíše je systematicky, spočítá ta, která začínají stejně, a najde mezery.</translation>
    </message>
    <message>
        <source>Paths and outfits</source>
        <translation>Cesty a oblečky</translation>
    </message>
    <message>
        <source>Lists and counts paths on a grid and outfits from three groups.</source>
        <translation>Vypíše a spočítá cesty na mřížce a oblečky ze tří skupin.</translation>
    </message>
    <message>
        <source>Says what comes next in the systematic order and finds the gap in an ordered list.</source>
        <translation>Řekne, co přijde dál v systematickém pořadí, a najde mezeru v seřazeném seznamu.</translation>
    </message>
    <message>
        <source>Counts the rows that start alike, then all of them, and predicts the count with one more element, without listing.</source>
        <translation>Bez vypisování spočítá řady, které začínají stejně, pak všechny, a odhadne, kolik jich bude s jednou věcí navíc.</translation>
    </message>
    <message>
        <source>Explorer: rings</source>
        <extracomment>An optional stage for older pupils who want more</extracomment>
        <translation>Pro badatele: kruhy</translation>
    </message>
    <message>
        <source>Optional, for 10-12: lists and counts rings that are the same when turned or flipped (Burnside&apos;s lemma).</source>
        <translation>Nepovinné, pro 10–12 let: vypíše a spočítá kruhy, které jsou stejné po otočení nebo obrácení (Burnsideovo lemma).</translation>
    </message>
</context>
<context>
    <name>stages::CountdownLabel</name>
    <message>
        <source>Waiting time</source>
        <translation>Čekací doba</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <extracomment>Shown while an account must wait after too many wrong sign-in tries; counts down live.</extracomment>
        <translation>
            <numerusform>Příliš mnoho chybných pokusů. Znovu to půjde za %n sekundu.</numerusform>
            <numerusform>Příliš mnoho chybných pokusů. Znovu to půjde za %n sekundy.</numerusform>
            <numerusform>Příliš mnoho chybných pokusů. Znovu to půjde za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::CreateRule</name>
    <message>
        <source>Starts with</source>
        <extracomment>Rule card (a picture above): every row starts with the element drawn after these words</extracomment>
        <translation>Začíná tímhle</translation>
    </message>
    <message>
        <source>Ends with</source>
        <extracomment>Rule card: every row ends with the element drawn after these words</extracomment>
        <translation>Končí tímhle</translation>
    </message>
    <message>
        <source>In every row</source>
        <extracomment>Rule card: the element drawn after these words comes in every row</extracomment>
        <translation>V každé řadě</translation>
    </message>
    <message>
        <source>No twins side by side</source>
        <extracomment>Rule card: no element twice side by side in a row</extracomment>
        <translation>Žádná dvojčata vedle sebe</translation>
    </message>
    <message>
        <source>All different</source>
        <extracomment>Rule card: the rows only have to be different from each other</extracomment>
        <translation>Všechny různé</translation>
    </message>
    <message>
        <source>Rows that start with %1</source>
        <extracomment>Title of a pupil&apos;s work for the teacher; %1 an element (&quot;kick&quot;, &quot;blue circle&quot;)</extracomment>
        <translation>Řady, které začínají: %1</translation>
    </message>
    <message>
        <source>Rows that end with %1</source>
        <extracomment>Title of a pupil&apos;s work for the teacher; %1 an element</extracomment>
        <translation>Řady, které končí: %1</translation>
    </message>
    <message>
        <source>Rows with %1 in each</source>
        <extracomment>Title of a pupil&apos;s work for the teacher; %1 an element that is in every row</extracomment>
        <translation>Řady, kde je v každé %1</translation>
    </message>
    <message>
        <source>Rows with no twins side by side</source>
        <extracomment>Title of a pupil&apos;s work for the teacher</extracomment>
        <translation>Řady bez dvojčat vedle sebe</translation>
    </message>
    <message>
        <source>Different rows</source>
        <extracomment>Title of a pupil&apos;s work for the teacher</extracomment>
        <translation>Různé řady</translation>
    </message>
</context>
<context>
    <name>stages::CustomTaskScreen</name>
    <message>
        <source>I&apos;m done</source>
        <extracomment>The pupil says the answer is finished</extracomment>
        <translation>Mám hotovo</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Back to the stage map (the stepping stones)</extracomment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>The next exercise</extracomment>
        <translation>Další</translation>
    </message>
    <message>
        <source>Well done!</source>
        <extracomment>Result title after an exercise on a domain&apos;s own screen</extracomment>
        <translation>Dobrá práce!</translation>
    </message>
    <message>
        <source>Nearly!</source>
        <translation>Skoro!</translation>
    </message>
    <message>
        <source>Let&apos;s try another one</source>
        <translation>Zkusíme další</translation>
    </message>
</context>
<context>
    <name>stages::DashboardCharts</name>
    <message>
        <source>Progress</source>
        <extracomment>Chart tab: stages pupils reached week by week</extracomment>
        <translation>Pokroky</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Čas strávený cvičením</translation>
    </message>
    <message>
        <source>Levels per stage</source>
        <extracomment>Chart tab: how many pupils stand at each level, stage by stage</extracomment>
        <translation>Úrovně podle etap</translation>
    </message>
    <message>
        <source>Stages reached per week</source>
        <extracomment>Chart title</extracomment>
        <translation>Zvládnuté etapy za týden</translation>
    </message>
    <message>
        <source>Stages reached (proficient or better)</source>
        <extracomment>Series name: stages pupils brought to Proficient or better in a week</extracomment>
        <translation>Zvládnuté etapy (úroveň „umím to“ a vyšší)</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Axis title: the week (its Monday)</extracomment>
        <translation>Týden</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Axis title</extracomment>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Time on task per domain</source>
        <extracomment>Chart title</extracomment>
        <translation>Čas strávený cvičením podle oblastí</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Axis title</extracomment>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Pupils at each level, stage by stage: %1</source>
        <extracomment>Chart title: %1 domain (&quot;Music&quot;)</extracomment>
        <translation>Počet žáků na jednotlivých úrovních podle etap: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Name of a level in the chart&apos;s key: %1 number, %2 level name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>Axis title</extracomment>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Axis title</extracomment>
        <translation>Žáci</translation>
    </message>
</context>
<context>
    <name>stages::DashboardPanel</name>
    <message>
        <source>Heat map</source>
        <translation>Tepelná mapa</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Třída:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Všechny oblasti</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Oblast:</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>Date range filter: &quot;From [date] to [date]&quot;</extracomment>
        <translation>Od:</translation>
    </message>
    <message>
        <source>to:</source>
        <extracomment>Date range filter: &quot;From [date] to [date]&quot;</extracomment>
        <translation>do:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Celý rok</translation>
    </message>
    <message>
        <source>Show the last 12 months</source>
        <translation>Zobrazit posledních 12 měsíců</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>Shown while the dashboard is being computed</extracomment>
        <translation>Počítám…</translation>
    </message>
    <message>
        <source>Attention rules…</source>
        <translation>Pravidla pozornosti…</translation>
    </message>
    <message>
        <source>Choose when a pupil appears in the attention list.</source>
        <translation>Zvolte, kdy se žák objeví v seznamu pro pozornost.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Potřebují pozornost</translation>
    </message>
    <message>
        <source>Double-click a pupil or press Enter to open them.</source>
        <translation>Žáka otevřete dvojklikem nebo klávesou Enter.</translation>
    </message>
    <message>
        <source>Pupils who need attention</source>
        <translation>Žáci, kteří potřebují pozornost</translation>
    </message>
    <message>
        <source>All classes</source>
        <extracomment>Title of the table of all classes</extracomment>
        <translation>Všechny třídy</translation>
    </message>
    <message>
        <source>Levels of every pupil in %1</source>
        <extracomment>Accessible name of a heat map: %1 domain</extracomment>
        <translation>Úrovně všech žáků v oblasti %1</translation>
    </message>
    <message>
        <source>Nobody in %1 needs attention right now.</source>
        <translation>Ve třídě %1 teď nikdo nepotřebuje pozornost.</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention in %1: %n pupil(s)</source>
        <extracomment>Title of the attention list: %1 class name, %n pupils</extracomment>
        <translation>
            <numerusform>Potřebuje pozornost ve třídě %1: %n žák</numerusform>
            <numerusform>Potřebují pozornost ve třídě %1: %n žáci</numerusform>
            <numerusform>Potřebuje pozornost ve třídě %1: %n žáků</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the dashboard&apos;s class choice (its label says &quot;Class:&quot;)</extracomment>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Screen reader name of the dashboard&apos;s domain filter (its label says &quot;Domain:&quot;)</extracomment>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>From date</source>
        <extracomment>Screen reader name of the first date of the dashboard&apos;s date range</extracomment>
        <translation>Od data</translation>
    </message>
    <message>
        <source>To date</source>
        <extracomment>Screen reader name of the last date of the dashboard&apos;s date range</extracomment>
        <translation>Do data</translation>
    </message>
</context>
<context>
    <name>stages::DashboardService</name>
    <message>
        <source>There is no such class.</source>
        <translation>Taková třída neexistuje.</translation>
    </message>
    <message>
        <source>There is no such pupil.</source>
        <translation>Takový žák neexistuje.</translation>
    </message>
</context>
<context>
    <name>stages::Database</name>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Nelze nahradit %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nelze otevřít %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Databázi %1 nelze připravit: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Stages (database schema %2; this version knows schema %3 at most).</source>
        <translation>Soubor %1 zapsala novější verze Stages (schéma databáze %2; tato verze zná nejvýše schéma %3).</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 failed: %3</source>
        <translation>Aktualizace %1 na schéma %2 selhala: %3</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>Záloha nemůže přepsat samotnou databázi.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Zálohování do %1 selhalo: %2</translation>
    </message>
    <message>
        <source>Backup to %1 failed its own check: %2</source>
        <translation>Záloha do %1 neprošla vlastní kontrolou: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Soubor %1 nelze obnovit: %2</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Záloha a databáze jsou tentýž soubor.</translation>
    </message>
    <message>
        <source>Cannot open %1 for restoring: %2</source>
        <translation>Nelze otevřít %1 pro obnovu: %2</translation>
    </message>
    <message>
        <source>Cannot restore into %1: %2</source>
        <translation>Nelze obnovit do %1: %2</translation>
    </message>
    <message>
        <source>Restoring into %1 failed: %2</source>
        <translation>Obnova do %1 selhala: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another program (Stages on a PC, or stagesctl) kept writing to it for %n second(s), so nothing was restored and the database is unchanged. Close Stages where it uses this database and run the restore again.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>%1 je zaneprázdněná: jiný program (Stages na některém PC nebo stagesctl) do ní zapisoval %n sekundu, proto se nic neobnovilo a databáze je beze změny. Zavřete Stages tam, kde tuto databázi používá, a spusťte obnovu znovu.</numerusform>
            <numerusform>%1 je zaneprázdněná: jiný program (Stages na některém PC nebo stagesctl) do ní zapisoval %n sekundy, proto se nic neobnovilo a databáze je beze změny. Zavřete Stages tam, kde tuto databázi používá, a spusťte obnovu znovu.</numerusform>
            <numerusform>%1 je zaneprázdněná: jiný program (Stages na některém PC nebo stagesctl) do ní zapisoval %n sekund, proto se nic neobnovilo a databáze je beze změny. Zavřete Stages tam, kde tuto databázi používá, a spusťte obnovu znovu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update %1 to the current schema: %2</source>
        <translation>%1 nelze převést na současné schéma: %2</translation>
    </message>
    <message>
        <source>%1 holds no Stages data (it is empty).</source>
        <translation>%1 neobsahuje žádná data Stages (je prázdný).</translation>
    </message>
    <message>
        <source>Restore will not overwrite %1: %2 If it really is a broken Stages database, move it away first; otherwise check the --db path.</source>
        <translation>Obnova nepřepíše %1: %2 Pokud je to opravdu poškozená databáze Stages, nejdřív ji přesuňte jinam; jinak zkontrolujte cestu v --db.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Nelze zkopírovat %1 do %2: %3</translation>
    </message>
    <message>
        <source>This installation of Stages cannot reach a PostgreSQL server (%1): Qt&apos;s PostgreSQL driver is missing (Debian: install libqt6sql6-psql).</source>
        <translation>Tato instalace programu Stages se nemůže připojit k serveru PostgreSQL (%1): chybí ovladač PostgreSQL pro Qt (v Debianu nainstalujte libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds no Stages data yet. The school&apos;s administrator creates it with &quot;stagesctl --db %1 db init&quot;, connected as the database&apos;s owner.</source>
        <translation>%1 zatím neobsahuje žádná data programu Stages. Správce školy je vytvoří příkazem „stagesctl --db %1 db init“, připojen jako vlastník databáze.</translation>
    </message>
    <message>
        <source>%1 uses the older database schema %2; this version of Stages needs schema %3. The school&apos;s administrator updates it with &quot;stagesctl --db %1 db migrate&quot;, connected as the database&apos;s owner.</source>
        <translation>%1 používá starší schéma databáze %2; tato verze programu Stages potřebuje schéma %3. Správce školy je aktualizuje příkazem „stagesctl --db %1 db migrate“, připojen jako vlastník databáze.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Stages database. It was left unchanged.</source>
        <translation>%1 obsahuje tabulky jiného programu, nikoli databázi programu Stages. Zůstala beze změny.</translation>
    </message>
    <message>
        <source>%1 is a school server: back it up with the server&apos;s own tools (pg_dump). &quot;db backup&quot; copies a local database file.</source>
        <translation>%1 je školní server: zálohujte jej nástroji serveru (pg_dump). „db backup“ kopíruje místní soubor databáze.</translation>
    </message>
    <message>
        <source>%1 is a school server: restore it with the server&apos;s own tools (pg_restore). &quot;db restore&quot; replaces a local database file.</source>
        <translation>%1 je školní server: obnovte jej nástroji serveru (pg_restore). „db restore“ nahrazuje místní soubor databáze.</translation>
    </message>
</context>
<context>
    <name>stages::DatabaseFile</name>
    <message>
        <source>%1 is damaged and cannot be used (%2). It was left unchanged; restore it from a backup with &quot;stagesctl db restore&quot;.</source>
        <translation>%1 je poškozený a nelze ho použít (%2). Zůstal beze změny; obnovte ho ze zálohy příkazem „stagesctl db restore“.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Stages database. It was left unchanged.</source>
        <translation>%1 je soubor SQLite jiného programu, ne databáze Stages. Zůstal beze změny.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>nelze přečíst verzi jejího schématu</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Stages (database schema %2; this version knows schema %3 at most). Update Stages to open it. The file was left unchanged.</source>
        <translation>%1 zapsala novější verze Stages (schéma databáze %2; tato verze zná nejvýše schéma %3). Abyste ho otevřeli, aktualizujte Stages. Soubor zůstal beze změny.</translation>
    </message>
    <message>
        <source>broken links between records</source>
        <translation>porušené vazby mezi záznamy</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path, or create a new database with &quot;stagesctl db init&quot;.</source>
        <translation>%1 neexistuje. Zkontrolujte cestu, nebo vytvořte novou databázi příkazem „stagesctl db init“.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 je složka, ne soubor databáze.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that this user may read the file.</source>
        <translation>Nelze číst %1: %2. Zkontrolujte, že tento uživatel smí soubor číst.</translation>
    </message>
    <message>
        <source>%1 is not a Stages database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 není databáze Stages (není to soubor SQLite). Zůstal beze změny.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its folder %2 is read-only, and SQLite needs to write small files (-wal, -shm) next to it. Give this user write access to the folder, or copy the database and its -wal file to a writable folder.</source>
        <translation>%1 tu nelze číst: jeho složka %2 je jen pro čtení a SQLite potřebuje vedle něj zapsat malé soubory (-wal, -shm). Dejte tomuto uživateli právo zápisu do složky, nebo zkopírujte databázi i její soubor -wal do zapisovatelné složky.</translation>
    </message>
    <message>
        <source>%1 is read-only for this user: Stages can read it but cannot save anything. The file and its folder %2 must both be writable (SQLite keeps -wal and -shm files next to the database). Fix the permissions, or use a copy in a writable folder.</source>
        <translation>%1 je pro tohoto uživatele jen pro čtení: Stages ho přečte, ale nic neuloží. Zapisovatelný musí být soubor i jeho složka %2 (SQLite má vedle databáze soubory -wal a -shm). Opravte oprávnění, nebo použijte kopii v zapisovatelné složce.</translation>
    </message>
</context>
<context>
    <name>stages::DatabaseOpener</name>
    <message>
        <source>Stages cannot open the database &quot;%1&quot;.

%2</source>
        <translation>Stages nemůže otevřít databázi „%1“.

%2</translation>
    </message>
    <message>
        <source>Stages cannot open the database</source>
        <translation>Stages nemůže otevřít databázi</translation>
    </message>
</context>
<context>
    <name>stages::DemoSeeder</name>
    <message>
        <source>The number of classes must be between 1 and 40.</source>
        <translation>Počet tříd musí být od 1 do 40.</translation>
    </message>
    <message>
        <source>The number of pupils must be between 0 and 5000.</source>
        <translation>Počet žáků musí být od 0 do 5000.</translation>
    </message>
    <message>
        <source>Demo Primary School</source>
        <translation>Ukázková základní škola</translation>
    </message>
    <message>
        <source>This database already holds the school &quot;%1&quot;. Demo people are only added to it when you ask for it with --into-existing.</source>
        <translation>Tato databáze už obsahuje školu „%1“. Ukázkové osoby se do ní přidají, jen když o to požádáte volbou --into-existing.</translation>
    </message>
</context>
<context>
    <name>stages::DomainPage</name>
    <message>
        <source>%1: choose a stone</source>
        <extracomment>Title of a domain&apos;s stage map; %1 is the domain (&quot;Music&quot;), the stones are the stages</extracomment>
        <translation>%1: vyber si kámen</translation>
    </message>
    <message>
        <source>New level: %1!</source>
        <extracomment>After an exercise, when the pupil reached a new level in a stage; %1 is the level (&quot;familiar&quot;)</extracomment>
        <translation>Nová úroveň: %1!</translation>
    </message>
</context>
<context>
    <name>stages::EditPupilCommand</name>
    <message>
        <source>edit %1</source>
        <extracomment>The undo menu&apos;s name for changing a pupil (&quot;Undo edit Pia Pupil&quot;); %1 is the new name</extracomment>
        <translation>úpravu %1</translation>
    </message>
</context>
<context>
    <name>stages::EditPupilDialog</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the dialog that changes a pupil&apos;s name and class; %1 is the name</extracomment>
        <translation>Upravit: %1</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Jméno a příjmení</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Třída:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Třída</translation>
    </message>
</context>
<context>
    <name>stages::EducatorPage</name>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Back to the educators (Esc)</source>
        <translation>Zpět na vzdělavatele (Esc)</translation>
    </message>
    <message>
        <source>Record evidence</source>
        <translation>Zapsat doklad</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Opravit…</translation>
    </message>
    <message>
        <source>Correct the selected record; the old values stay in the audit log.</source>
        <translation>Opravit vybraný záznam; původní hodnoty zůstanou v záznamu změn.</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Vydat certifikát…</translation>
    </message>
    <message>
        <source>Sign a certificate of this programme; if something is missing you see what.</source>
        <translation>Podepsat certifikát tohoto programu; pokud něco chybí, uvidíte co.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Doklady</translation>
    </message>
    <message>
        <source>Enter or double-click corrects a record.</source>
        <translation>Záznam opravíte klávesou Enter nebo dvojklikem.</translation>
    </message>
    <message>
        <source>trained by %1</source>
        <extracomment>On the educator page: who trains them</extracomment>
        <translation>lektor: %1</translation>
    </message>
    <message>
        <source>founding trainer</source>
        <translation>zakládající lektor</translation>
    </message>
    <message>
        <source>%1: revoked on %2 (%3)</source>
        <extracomment>A revoked certificate on the educator page: programme, date, reason</extracomment>
        <translation>%1: zrušen dne %2 (%3)</translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation>%1: platnost skončila %2</translation>
    </message>
    <message>
        <source>%1: valid until %2 (code %3)</source>
        <translation>%1: platí do %2 (kód %3)</translation>
    </message>
    <message>
        <source>%1: valid (code %2)</source>
        <translation>%1: platný (kód %2)</translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>Zatím žádné certifikáty.</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Certifikáty: %1</translation>
    </message>
    <message>
        <source>Needs first: %1</source>
        <translation>Nejdřív je potřeba: %1</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <extracomment>Programme tab of an educator who may be certified now</extracomment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Zatím nelze vydat</translation>
    </message>
    <message>
        <source>%1 cannot get the %2 certificate yet. Still missing:</source>
        <extracomment>Before the list of what an educator still needs for a certificate</extracomment>
        <translation>%1 zatím nemůže získat certifikát programu „%2“. Ještě chybí:</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Vydat certifikát</translation>
    </message>
    <message>
        <source>%1 will get the %2 certificate, signed with the organisation&apos;s key. Your password unlocks the key for this one signature.</source>
        <extracomment>Explanation in the password dialog before a certificate is signed</extracomment>
        <translation>%1 získá certifikát programu „%2“ podepsaný klíčem organizace. Vaše heslo klíč odemkne jen pro tento jeden podpis.</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Podepsat a vydat</translation>
    </message>
    <message>
        <source>Certificate issued. Its verification code is %1; export it on the Certificates page.</source>
        <extracomment>After issuing: the verification code printed on the certificate</extracomment>
        <translation>Certifikát byl vydán. Jeho ověřovací kód je %1; exportovat ho můžete na stránce Certifikáty.</translation>
    </message>
    <message>
        <source>Progress towards the requirements</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Plnění požadavků</translation>
    </message>
</context>
<context>
    <name>stages::EducatorTableModel</name>
    <message>
        <source>A founding trainer of the organisation</source>
        <extracomment>Tooltip on an educator: one of the organisation&apos;s first trainers</extracomment>
        <translation>Zakládající lektor organizace</translation>
    </message>
    <message>
        <source>Only a record: no account in this database</source>
        <translation>Jen záznam: v této databázi nemá účet</translation>
    </message>
    <message>
        <source>Has an account in Stages</source>
        <translation>Má účet ve Stages</translation>
    </message>
    <message>
        <source>%1 · may sign</source>
        <translation>%1 · smí podepisovat</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Educators table: nobody trains this educator (a founding trainer, say)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>Column: the educator&apos;s school or organisation</extracomment>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Lektor</translation>
    </message>
</context>
<context>
    <name>stages::EducatorsPage</name>
    <message>
        <source>Educators</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Vzdělavatelé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>Progress, evidence and certificates of the selected educator (Enter)</source>
        <translation>Postup, doklady a certifikáty vybraného vzdělavatele (Enter)</translation>
    </message>
    <message>
        <source>Add educator…</source>
        <translation>Přidat vzdělavatele…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stav:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Status filter of the Educators page: every status</extracomment>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Search by name or organisation</source>
        <translation>Hledat podle jména nebo organizace</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an educator.</source>
        <translation>Vzdělavatele otevřete dvojklikem nebo klávesou Enter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <extracomment>How many educators the table shows after the filters, of how many there are</extracomment>
        <translation>
            <numerusform>%1 z %n</numerusform>
            <numerusform>%1 z %n</numerusform>
            <numerusform>%1 z %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Screen reader name of the status filter of the educators</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Search educators</source>
        <extracomment>Screen reader name of the search field of the educators</extracomment>
        <translation>Hledat vzdělavatele</translation>
    </message>
</context>
<context>
    <name>stages::EvidenceDialog</name>
    <message>
        <source>Correct: %1</source>
        <extracomment>Dialog title: correct a piece of evidence, e.g. &quot;Correct: Observed lesson&quot;</extracomment>
        <translation>Oprava: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Zápis: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Dialog intro: educator and programme, e.g. &quot;Jana Nováková · Stages teacher&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Unit after the number of workshop hours</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hodiny:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Týdny:</translation>
    </message>
    <message>
        <source>Typed in above</source>
        <extracomment>Practicum: the weeks are typed in, not counted from a class in Stages</extracomment>
        <translation>Zadáno výše</translation>
    </message>
    <message>
        <source>Count from class %1</source>
        <extracomment>Practicum counted from a class of this school, e.g. &quot;Count from class 2.B&quot;</extracomment>
        <translation>Spočítat podle třídy %1</translation>
    </message>
    <message>
        <source>Weeks with at least one exercise by a pupil of the class since the date count.</source>
        <translation>Počítají se týdny od zadaného data, ve kterých žák této třídy vyřešil aspoň jedno cvičení.</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>Tří&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Položky:</translation>
    </message>
    <message>
        <source>Score each criterion of the lesson from 1 to 4:</source>
        <extracomment>Above the rubric form of an observed lesson</extracomment>
        <translation>Ohodnoťte každé kritérium hodiny od 1 do 4:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Po&amp;známka:</translation>
    </message>
    <message>
        <source>What happened, what to work on next (optional)</source>
        <translation>Co se dělo a na čem dál pracovat (nepovinné)</translation>
    </message>
    <message>
        <source>The old values stay in the audit log.</source>
        <translation>Původní hodnoty zůstanou v záznamu změn.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Uložit opravu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapsat</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 4 for every criterion.</source>
        <translation>U každého kritéria zvolte hodnocení od 1 do 4.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Screen reader name of the field labelled &quot;Date:&quot;</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Screen reader name of the field labelled &quot;Hours:&quot;</extracomment>
        <translation>Hodiny</translation>
    </message>
    <message>
        <source>Weeks</source>
        <extracomment>Screen reader name of the field labelled &quot;Weeks:&quot;</extracomment>
        <translation>Týdny</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Items</source>
        <extracomment>Screen reader name of the field labelled &quot;Items:&quot;</extracomment>
        <translation>Položky</translation>
    </message>
</context>
<context>
    <name>stages::EvidenceTableModel</name>
    <message>
        <source>Workshop hours</source>
        <translation>Hodiny workshopů</translation>
    </message>
    <message>
        <source>Practicum</source>
        <extracomment>Evidence kind: weeks of teaching Stages with a class</extracomment>
        <translation>Praxe</translation>
    </message>
    <message>
        <source>Observed lesson</source>
        <translation>Hospitace</translation>
    </message>
    <message>
        <source>Portfolio items</source>
        <translation>Položky portfolia</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Evidence amount: hours of workshops</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 weeks (from the class&apos;s activity)</source>
        <extracomment>Practicum counted from a class&apos;s real activity in Stages</extracomment>
        <translation>týdny: %1 (podle aktivity třídy)</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>týdny: %1</translation>
    </message>
    <message>
        <source>scores %1</source>
        <extracomment>Rubric scores of an observed lesson, one per criterion, e.g. &quot;scores 4 3 4 3&quot;</extracomment>
        <translation>hodnocení %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>položky: %1</translation>
    </message>
    <message>
        <source>Corrected on %1; the old values are in the audit log.</source>
        <extracomment>Tooltip on an evidence record: when it was corrected</extracomment>
        <translation>Opraveno %1; původní hodnoty jsou v záznamu změn.</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <extracomment>Who recorded a piece of evidence, and that it was corrected later</extracomment>
        <translation>%1 (opraveno)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: the kind of evidence (workshop, practicum …)</extracomment>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Amount or scores</source>
        <extracomment>Column: hours, weeks, items or rubric scores of a piece of evidence</extracomment>
        <translation>Množství nebo hodnocení</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kdo zapsal</translation>
    </message>
</context>
<context>
    <name>stages::ExerciseRun</name>
    <message>
        <source>My rows, %1</source>
        <extracomment>Title of a pupil&apos;s own set of arrangements kept for the teacher; %1 is the date</extracomment>
        <translation>Moje řady, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Title of a pupil&apos;s own rows kept for the teacher; %1 the rule (&quot;Rows that start with kick&quot;), %2 the date</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>stages::ExerciseScreen</name>
    <message>
        <source>Hint</source>
        <translation>Poraď mi</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <extracomment>The pupil has finished the exercise</extracomment>
        <translation>Mám hotovo</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Let&apos;s play</source>
        <translation>Pojďme si hrát</translation>
    </message>
    <message>
        <source>A row looks like this:</source>
        <extracomment>Before one example arrangement in a counting exercise</extracomment>
        <translation>Jedna řada může vypadat takhle:</translation>
    </message>
    <message>
        <source>Empty the row</source>
        <translation>Vyprázdni řadu</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Výborně!</translation>
    </message>
    <message>
        <source>Yes!</source>
        <translation>Ano!</translation>
    </message>
    <message>
        <source>Super!</source>
        <translation>Super!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Dobrá práce!</translation>
    </message>
    <message>
        <source>You have this one already!</source>
        <translation>Tuhle už máš!</translation>
    </message>
    <message>
        <source>This one does not fit. Try another!</source>
        <translation>Tahle sem nepatří. Zkus jinou!</translation>
    </message>
    <message>
        <source>This one breaks the rule!</source>
        <translation>Tahle nedodržuje pravidlo!</translation>
    </message>
    <message>
        <source>%1 of %2 made</source>
        <extracomment>How many rows of their own the pupil has made, of how many asked</extracomment>
        <translation>Hotovo %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 found</source>
        <extracomment>Rows found so far, of how many there are</extracomment>
        <translation>Nalezeno %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Máš %n řadu</numerusform>
            <numerusform>Máš %n řady</numerusform>
            <numerusform>Máš %n řad</numerusform>
        </translation>
    </message>
    <message>
        <source>Try this one!</source>
        <translation>Zkus tuhle!</translation>
    </message>
    <message>
        <source>Make one more!</source>
        <translation>Poskládej ještě jednu!</translation>
    </message>
    <message>
        <source>All there! Tap “I&apos;m done”.</source>
        <translation>Všechny tam jsou! Klepni na „Mám hotovo“.</translation>
    </message>
    <message>
        <source>Fewer!</source>
        <translation>Méně!</translation>
    </message>
    <message>
        <source>More!</source>
        <translation>Víc!</translation>
    </message>
    <message>
        <source>Look at this box again</source>
        <translation>Podívej se znovu na tohle políčko</translation>
    </message>
    <message>
        <source>Look again!</source>
        <translation>Podívej se znovu!</translation>
    </message>
    <message>
        <source>Tap a number</source>
        <translation>Klepni na číslo</translation>
    </message>
    <message>
        <source>Tap a row</source>
        <translation>Klepni na řadu</translation>
    </message>
    <message>
        <source>Fill every box</source>
        <translation>Vyplň všechna políčka</translation>
    </message>
    <message>
        <source>Good try!</source>
        <translation>Pěkný pokus!</translation>
    </message>
    <message>
        <source>Play the row</source>
        <translation>Zahrát řadu</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) start like this one. And with the others?</source>
        <extracomment>Counting hint: %n rows begin with the element shown first in the example row</extracomment>
        <translation>
            <numerusform>%n řada začíná jako tahle. A jak ostatní?</numerusform>
            <numerusform>%n řady začínají jako tahle. A jak ostatní?</numerusform>
            <numerusform>%n řad začíná jako tahle. A jak ostatní?</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with this one. Which rows begin with it?</source>
        <extracomment>Hint in build-all: a missing row starts with the element shown in the first box</extracomment>
        <translation>Začni tímhle. Které řady takhle začínají?</translation>
    </message>
    <message>
        <source>Now a row can also start with the new one. How many rows start with each?</source>
        <extracomment>Hint for predicting the count with one more element</extracomment>
        <translation>Teď může řada začínat i tou novou. Kolik řad začíná každou z nich?</translation>
    </message>
    <message>
        <source>It stays first. How many ways are there for the rest?</source>
        <translation>Ta zůstane první. Kolika způsoby můžeš seřadit zbytek?</translation>
    </message>
    <message>
        <source>Here is one. It stays first. Change the rest: how many more?</source>
        <extracomment>Hint for &quot;how many rows start with this one&quot;: the first place stays, the rest change</extracomment>
        <translation>Tady je jedna. Tahle zůstane první. Měň zbytek: kolik jich je ještě?</translation>
    </message>
    <message>
        <source>Take one of them. Is it in every row?</source>
        <extracomment>Hint for &quot;what is the same in every row&quot; when the order in a row does not matter</extracomment>
        <translation>Vezmi jednu z nich. Je v každé řadě?</translation>
    </message>
    <message>
        <source>Look at this place in every row. Is it always the same?</source>
        <extracomment>Hint for &quot;what is the same in every row&quot;: one place is outlined in every row</extracomment>
        <translation>Podívej se na tohle místo v každé řadě. Je tam pořád totéž?</translation>
    </message>
    <message numerus="yes">
        <source>%n made</source>
        <extracomment>Rows of their own the pupil made, when that is as many as asked or more (or none was asked)</extracomment>
        <translation>
            <numerusform>Hotovo: %n</numerusform>
            <numerusform>Hotovo: %n</numerusform>
            <numerusform>Hotovo: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::ExerciseWords</name>
    <message>
        <source>Make all the different rows</source>
        <translation>Poskládej všechny různé řady</translation>
    </message>
    <message>
        <source>How many different rows are there?</source>
        <translation>Kolik je různých řad?</translation>
    </message>
    <message numerus="yes">
        <source>Which %n row(s) are missing?</source>
        <extracomment>find-missing: one row or several rows are missing from the list</extracomment>
        <translation>
            <numerusform>Která řada chybí?</numerusform>
            <numerusform>Které %n řady chybí?</numerusform>
            <numerusform>Kterých %n řad chybí?</numerusform>
        </translation>
    </message>
    <message>
        <source>One row is here twice. Tap it!</source>
        <translation>Jedna řada je tu dvakrát. Klepni na ni!</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>Co přijde dál?</translation>
    </message>
    <message>
        <source>Make the same row with these</source>
        <translation>Poskládej stejnou řadu z těchhle</translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own that start with</source>
        <translation>
            <numerusform>Vymysli %n vlastní řadu, která začíná tímhle</numerusform>
            <numerusform>Vymysli %n vlastní řady, které začínají tímhle</numerusform>
            <numerusform>Vymysli %n vlastních řad, které začínají tímhle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own: no twins side by side</source>
        <translation>
            <numerusform>Vymysli %n vlastní řadu: nikdy dva stejné vedle sebe</numerusform>
            <numerusform>Vymysli %n vlastní řady: nikdy dva stejné vedle sebe</numerusform>
            <numerusform>Vymysli %n vlastních řad: nikdy dva stejné vedle sebe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n different rows of your own</source>
        <translation>
            <numerusform>Vymysli %n vlastní řadu</numerusform>
            <numerusform>Vymysli %n různé vlastní řady</numerusform>
            <numerusform>Vymysli %n různých vlastních řad</numerusform>
        </translation>
    </message>
    <message>
        <source>Order matters: ●■ and ■● are two rows.</source>
        <translation>Na pořadí záleží: ●■ a ■● jsou dvě různé řady.</translation>
    </message>
    <message>
        <source>Order does not matter: ●■ is the same as ■●.</source>
        <translation>Na pořadí nezáleží: ●■ je totéž co ■●.</translation>
    </message>
    <message>
        <source>One may come again.</source>
        <translation>Jedna se smí opakovat.</translation>
    </message>
    <message>
        <source>Each one only once.</source>
        <translation>Každá jen jednou.</translation>
    </message>
    <message>
        <source>Use every one, each once.</source>
        <translation>Použij všechny, každou jednou.</translation>
    </message>
    <message>
        <source>Take one from each group.</source>
        <translation>Vezmi jednu z každé skupiny.</translation>
    </message>
    <message>
        <source>It is a ring: turning it gives the same one.</source>
        <extracomment>Rule for beads on a ring (necklaces)</extracomment>
        <translation>Je to kruh: když ho otočíš, je to pořád stejný.</translation>
    </message>
    <message>
        <source>It is a ring: turning or flipping it gives the same one.</source>
        <extracomment>Rule for beads on a ring that can be turned over (bracelets)</extracomment>
        <translation>Je to kruh: když ho otočíš nebo převrátíš, je to pořád stejný.</translation>
    </message>
    <message>
        <source>Walk from the start to the goal: only right and up.</source>
        <extracomment>Rule for paths on a grid: the arrows are steps</extracomment>
        <translation>Jdi ze startu do cíle: jen doprava a nahoru.</translation>
    </message>
    <message>
        <source>The beats are spread out evenly. Starting at another place makes a new row.</source>
        <extracomment>Rule for Euclidean rhythms: the beats are spread out, a row may start anywhere in the rhythm</extracomment>
        <translation>Údery jsou rozložené rovnoměrně. Začít na jiném místě je nová řada.</translation>
    </message>
    <message>
        <source>It is the very same row.</source>
        <translation>Je to úplně stejná řada.</translation>
    </message>
    <message>
        <source>The same ones, only in another order.</source>
        <translation>Jsou to ty samé, jen v jiném pořadí.</translation>
    </message>
    <message>
        <source>Turn the ring and it is the same one.</source>
        <translation>Otoč kruh a je to ten samý.</translation>
    </message>
    <message>
        <source>Flip the ring over and it is the same one.</source>
        <translation>Převrať kruh a je to ten samý.</translation>
    </message>
    <message>
        <source>Pick a rule for your rows!</source>
        <extracomment>create: the pupil first picks a rule from picture cards</extracomment>
        <translation>Vyber si pravidlo pro svoje řady!</translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own that end with</source>
        <extracomment>create: the element the rows end with is shown after these words</extracomment>
        <translation>
            <numerusform>Vymysli %n vlastní řadu, která končí tímhle</numerusform>
            <numerusform>Vymysli %n vlastní řady, které končí tímhle</numerusform>
            <numerusform>Vymysli %n vlastních řad, které končí tímhle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own, each one with</source>
        <extracomment>create: the element shown after these words must be in every row</extracomment>
        <translation>
            <numerusform>Vymysli %n vlastní řadu, ve které bude tohle</numerusform>
            <numerusform>Vymysli %n vlastní řady, v každé bude tohle</numerusform>
            <numerusform>Vymysli %n vlastních řad, v každé bude tohle</numerusform>
        </translation>
    </message>
    <message>
        <source>How many rows start with this one?</source>
        <extracomment>The element the rows start with is shown next to these words</extracomment>
        <translation>Kolik řad začíná tímhle?</translation>
    </message>
    <message>
        <source>What is the same in every row?</source>
        <extracomment>Noticing: the pupil taps the element (or the element in its place) every shown row shares</extracomment>
        <translation>Co je v každé řadě stejné?</translation>
    </message>
    <message numerus="yes">
        <source>These make %n row(s). How many with one more?</source>
        <extracomment>Predicting: the elements shown make %n rows; one more element joins them</extracomment>
        <translation>
            <numerusform>Z těchhle je %n řada. Kolik jich bude s jednou navíc?</numerusform>
            <numerusform>Z těchhle jsou %n řady. Kolik jich bude s jednou navíc?</numerusform>
            <numerusform>Z těchhle je %n řad. Kolik jich bude s jednou navíc?</numerusform>
        </translation>
    </message>
    <message>
        <source>Order matters.</source>
        <extracomment>Rule on an exercise screen: A B and B A are two different rows</extracomment>
        <translation>Na pořadí záleží.</translation>
    </message>
    <message>
        <source>Order does not matter.</source>
        <extracomment>Rule on an exercise screen: A B and B A are the same</extracomment>
        <translation>Na pořadí nezáleží.</translation>
    </message>
    <message>
        <source>Flip the ring over and turn it, and it is the same one.</source>
        <translation>Převrať kruh, otoč ho a je to ten samý.</translation>
    </message>
</context>
<context>
    <name>stages::FirstFetch</name>
    <message>
        <source>Fetching the school from the school server…</source>
        <translation>Stahuji školu ze školního serveru…</translation>
    </message>
    <message>
        <source>The school server %1 asks for a password:</source>
        <extracomment>Asked at start when the school server wants a password and none is stored; %1 the server</extracomment>
        <translation>Školní server %1 žádá heslo:</translation>
    </message>
    <message>
        <source>This PC has not fetched the school from the school server yet, and it cannot do so now:
%1

Check the network or ask the IT administrator.</source>
        <translation>Tento počítač si ještě nestáhl školu ze školního serveru a teď to nejde:
%1

Zkontrolujte síť nebo se obraťte na správce IT.</translation>
    </message>
</context>
<context>
    <name>stages::GeometryDomain</name>
    <message>
        <source>Geometry</source>
        <extracomment>Pupil home tile of the geometry and drawing domain</extracomment>
        <translation>Geometrie</translation>
    </message>
</context>
<context>
    <name>stages::Greeting</name>
    <message>
        <source>Hello!</source>
        <extracomment>Greeting of a pupil whose name cannot be put in the right form (Czech vocative)</extracomment>
        <translation>Ahoj!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <extracomment>Greeting of a pupil; %1 is the first name in the form used to call someone (Czech: the vocative, &quot;Ahoj, Filipe!&quot;)</extracomment>
        <translation>Ahoj, %1!</translation>
    </message>
</context>
<context>
    <name>stages::HeatMapModel</name>
    <message>
        <source>Double-click or press Enter to open %1.</source>
        <extracomment>Tooltip on a pupil&apos;s name in the heat map</extracomment>
        <translation>%1 – otevřete dvojklikem nebo klávesou Enter.</translation>
    </message>
    <message>
        <source>%1
Stage %2: %3
%4</source>
        <extracomment>Heat map tooltip: %1 pupil, %2 stage number, %3 stage title, %4 level name (e.g. &quot;proficient&quot;)</extracomment>
        <translation>%1
Etapa %2: %3
%4</translation>
    </message>
    <message>
        <source>%1, stage %2: %3</source>
        <extracomment>Read by a screen reader for one heat map cell: %1 pupil, %2 stage number, %3 level name</extracomment>
        <translation>%1, etapa %2: %3</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Žák</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <extracomment>Heat map column header tooltip: %1 stage number, %2 stage title</extracomment>
        <translation>Etapa %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::HistorySeeder</name>
    <message>
        <source>A demo history can only be written into an SQLite database.</source>
        <translation>Ukázkovou historii lze zapsat jen do databáze SQLite.</translation>
    </message>
    <message>
        <source>This database already holds attempts; a demo history is only added to a school without any, so that mastery agrees with the attempts.</source>
        <translation>Tato databáze už obsahuje pokusy; ukázková historie se přidává jen do školy, která žádné pokusy nemá, aby úrovně zvládnutí odpovídaly pokusům.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 0 and %1.</source>
        <translation>Počet pokusů musí být mezi 0 a %1.</translation>
    </message>
    <message>
        <source>There are no exercises to make a history from.</source>
        <translation>Nejsou k dispozici žádná cvičení, ze kterých by šlo historii vytvořit.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no exercises at its first stage.</source>
        <translation>Oblast „%1“ nemá v první etapě žádná cvičení.</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no exercises.</source>
        <translation>Etapa %1 oblasti „%2“ nemá žádná cvičení.</translation>
    </message>
    <message>
        <source>The school has no pupils in classes yet.</source>
        <translation>Škola zatím nemá ve třídách žádné žáky.</translation>
    </message>
    <message>
        <source>The year before %1 has no school days.</source>
        <translation>Rok před %1 nemá žádné školní dny.</translation>
    </message>
</context>
<context>
    <name>stages::ItemRowWidget</name>
    <message>
        <source>empty</source>
        <extracomment>A screen reader&apos;s word for a place of a row with no token in it yet</extracomment>
        <translation>prázdné</translation>
    </message>
    <message>
        <source>Your row: %1</source>
        <extracomment>A row of tokens for a screen reader; %1 lists the tokens (&quot;red, blue, red&quot;)</extracomment>
        <translation>Tvoje řada: %1</translation>
    </message>
    <message>
        <source>Row: %1</source>
        <translation>Řada: %1</translation>
    </message>
    <message>
        <source>%1, found</source>
        <extracomment>A row on the result page the pupil found; %1 is the row</extracomment>
        <translation>%1, nalezeno</translation>
    </message>
    <message>
        <source>%1, missing</source>
        <extracomment>A row on the result page the pupil did not find; %1 is the row</extracomment>
        <translation>%1, chybí</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <extracomment>The row the pupil chose; %1 is the row</extracomment>
        <translation>%1, vybráno</translation>
    </message>
    <message>
        <source>%1, wrong</source>
        <extracomment>A wrong row; %1 is the row</extracomment>
        <translation>%1, špatně</translation>
    </message>
    <message>
        <source>Place %1: %2</source>
        <extracomment>A place of a row for a screen reader: %1 its number from the left, %2 the token in it</extracomment>
        <translation>Místo %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::LatticeGridWidget</name>
    <message>
        <source>The path on the grid</source>
        <extracomment>The picture of a path on a grid, beside the row of arrows the pupil builds</extracomment>
        <translation>Cesta na mřížce</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Beside the bottom-left corner of the grid, where every path begins</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Goal</source>
        <extracomment>Beside the top-right corner of the grid (a star), where every path ends</extracomment>
        <translation>Cíl</translation>
    </message>
</context>
<context>
    <name>stages::LeaveKioskDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Ukončit režim kiosku</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Only a teacher or an administrator can end kiosk mode.</source>
        <translation>Režim kiosku může ukončit jen učitel nebo správce.</translation>
    </message>
    <message>
        <source>A teacher or administrator can end kiosk mode with their login and password.</source>
        <translation>Režim kiosku může ukončit učitel nebo správce svým přihlašovacím jménem a heslem.</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>The user name a teacher signs in with, e.g. &quot;jana.novakova&quot;</extracomment>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Login:</source>
        <extracomment>Label of the user-name field in the leave-kiosk dialog</extracomment>
        <translation>Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Type your login first.</source>
        <translation>Nejdřív napište přihlašovací jméno.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Napište heslo.</translation>
    </message>
</context>
<context>
    <name>stages::LineagePage</name>
    <message>
        <source>Lineage</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Who certified whom. The founding trainers of the organisation stand at the top; each educator sits under the trainer who signed their latest certificate.</source>
        <translation>Kdo koho certifikoval. Nahoře jsou zakládající lektoři organizace; každý vzdělavatel je zařazen pod lektora, který podepsal jeho poslední certifikát.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an educator.</source>
        <translation>Vzdělavatele otevřete dvojklikem nebo klávesou Enter.</translation>
    </message>
    <message>
        <source>Lineage of trainers</source>
        <extracomment>Screen reader name of the tree of who trained whom</extracomment>
        <translation>Rodokmen školitelů</translation>
    </message>
</context>
<context>
    <name>stages::LineageTreeModel</name>
    <message>
        <source>Educator</source>
        <translation>Vzdělavatel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Relation</source>
        <extracomment>Lineage column: how the educator hangs under their parent</extracomment>
        <translation>Vztah</translation>
    </message>
    <message>
        <source>founding trainer</source>
        <extracomment>Lineage: a root of the tree, certified by nobody here</extracomment>
        <translation>zakládající lektor</translation>
    </message>
    <message>
        <source>certified by %1</source>
        <extracomment>Lineage: the parent row certified this educator</extracomment>
        <translation>certifikát vydal: %1</translation>
    </message>
    <message>
        <source>in training with %1</source>
        <extracomment>Lineage: the parent row trains this educator, no certificate yet</extracomment>
        <translation>v přípravě, vede: %1</translation>
    </message>
</context>
<context>
    <name>stages::MainWindow</name>
    <message>
        <source>Leave kiosk mode (Ctrl+Alt+Q)</source>
        <translation>Ukončit režim kiosku (Ctrl+Alt+Q)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Ukončit režim kiosku</translation>
    </message>
</context>
<context>
    <name>stages::MasteryLegend</name>
    <message>
        <source>Levels</source>
        <extracomment>Title of the heat map&apos;s key (&quot;0 not started, 1 attempted ...&quot;)</extracomment>
        <translation>Úrovně</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One entry of the heat map&apos;s key read by a screen reader: %1 number, %2 level name</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>stages::MasteryLevel</name>
    <message>
        <source>not started</source>
        <translation>ještě ne</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>zkouším to</translation>
    </message>
    <message>
        <source>familiar</source>
        <translation>skoro to umím</translation>
    </message>
    <message>
        <source>proficient</source>
        <translation>umím to</translation>
    </message>
    <message>
        <source>mastered</source>
        <translation>umím to jako mistr</translation>
    </message>
</context>
<context>
    <name>stages::MelodyArtifactPanel</name>
    <message>
        <source>Play</source>
        <translation>Přehrát</translation>
    </message>
    <message>
        <source>Export MIDI…</source>
        <translation>Exportovat MIDI…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 beats a minute, %2</source>
        <extracomment>Below a pupil&apos;s melody: number of notes, tempo and instrument</extracomment>
        <translation>
            <numerusform>%n nota, tempo %1 dob za minutu, %2</numerusform>
            <numerusform>%n noty, tempo %1 dob za minutu, %2</numerusform>
            <numerusform>%n not, tempo %1 dob za minutu, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No sound on this computer: %1 The notes light up instead, so you can follow the melody.</source>
        <extracomment>%1 is why (no SoundFont, no sound device), already a sentence</extracomment>
        <translation>Na tomto počítači nehraje zvuk: %1 Tóny se místo toho rozsvěcují, takže melodii můžeš sledovat.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <source>Export the melody as MIDI</source>
        <translation>Exportovat melodii jako MIDI</translation>
    </message>
    <message>
        <source>MIDI files (*.mid)</source>
        <translation>Soubory MIDI (*.mid)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Uloženo: %1.</translation>
    </message>
</context>
<context>
    <name>stages::MovementDomain</name>
    <message>
        <source>Movement</source>
        <extracomment>Pupil home tile of the movement (karate) domain</extracomment>
        <translation>Pohyb</translation>
    </message>
</context>
<context>
    <name>stages::MovementProvider</name>
    <message>
        <source>Two moves</source>
        <translation>Dva pohyby</translation>
    </message>
    <message>
        <source>Three moves</source>
        <translation>Tři pohyby</translation>
    </message>
    <message>
        <source>Repeating moves</source>
        <translation>Opakované pohyby</translation>
    </message>
    <message>
        <source>Four moves</source>
        <translation>Čtyři pohyby</translation>
    </message>
    <message>
        <source>The order of katas</source>
        <translation>Pořadí kat</translation>
    </message>
    <message>
        <source>Counting katas</source>
        <translation>Počítání kat</translation>
    </message>
    <message>
        <source>My own katas</source>
        <translation>Moje vlastní katy</translation>
    </message>
    <message>
        <source>Creates a set of katas that follows a rule, for the class to perform.</source>
        <translation>Vytvoří sadu kat podle pravidla, kterou pak třída zacvičí.</translation>
    </message>
    <message>
        <source>Finds and counts both orders of two karate moves and a move done twice.</source>
        <translation>Najde a spočítá obě pořadí dvou karatistických pohybů i pohyb udělaný dvakrát.</translation>
    </message>
    <message>
        <source>Predicts, does and counts all six katas of three moves, notices what they share and spots a missing or doubled one.</source>
        <translation>Odhadne, zacvičí a spočítá všech šest kat ze tří pohybů, všimne si, co mají společného, a najde chybějící nebo zdvojenou.</translation>
    </message>
    <message>
        <source>Lists and counts katas in which a move may come again, and pairs of moves in any order.</source>
        <translation>Vypíše a spočítá katy, ve kterých se pohyb může opakovat, a dvojice pohybů v libovolném pořadí.</translation>
    </message>
    <message>
        <source>Predicts the 24 katas of four moves, lists them with a system and finds the gaps.</source>
        <translation>Odhadne 24 kat ze čtyř pohybů, vypíše je systematicky a najde mezery.</translation>
    </message>
    <message>
        <source>Says which kata comes next in the systematic order and finds the gap in an ordered list.</source>
        <translation>Řekne, která kata přijde dál v systematickém pořadí, a najde mezeru v seřazeném seznamu.</translation>
    </message>
    <message>
        <source>Counts the katas that start alike, then all of them, without performing them, and predicts one more move.</source>
        <translation>Bez cvičení spočítá katy, které začínají stejně, pak všechny, a odhadne, kolik jich bude s jedním pohybem navíc.</translation>
    </message>
</context>
<context>
    <name>stages::MusicDomain</name>
    <message>
        <source>Music</source>
        <extracomment>Pupil home tile of the music domain</extracomment>
        <translation>Hudba</translation>
    </message>
</context>
<context>
    <name>stages::MusicDomainView</name>
    <message>
        <source>Instruments</source>
        <extracomment>Pupil home tile: free play on the xylophone, piano and drums</extracomment>
        <translation>Nástroje</translation>
    </message>
</context>
<context>
    <name>stages::NeedsAttentionModel</name>
    <message>
        <source>Double-click or press Enter to open %1.</source>
        <translation>%1 – otevřete dvojklikem nebo klávesou Enter.</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Last active: the pupil has never done an exercise</extracomment>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Žák</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>Column header: why a pupil needs the teacher&apos;s attention</extracomment>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Naposledy</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Column header: stages at Proficient or better</extracomment>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Stages the pupil can do well (proficient or mastered)</source>
        <translation>Etapy, které žák dobře zvládá (úroveň „umím to“ nebo „umím to jako mistr“)</translation>
    </message>
</context>
<context>
    <name>stages::OpenBadge</name>
    <message>
        <source>Certified in the %1 programme of the Stages method, level %2.</source>
        <extracomment>Open Badge description; %1 is the programme (&quot;Stages teacher&quot;), %2 its level (1)</extracomment>
        <translation>Certifikace v programu „%1“ metody Stages, úroveň %2.</translation>
    </message>
    <message>
        <source>Met every requirement of the %1 programme (workshops, teaching practice, observed lessons and portfolio, as the programme sets them) and was certified by a certified Stages trainer.</source>
        <extracomment>Open Badge criteria; %1 is the programme (&quot;Stages teacher&quot;)</extracomment>
        <translation>Splnění všech požadavků programu „%1“ (workshopy, praxe, hospitace a portfolio podle nastavení programu) a certifikace od certifikovaného lektora metody Stages.</translation>
    </message>
</context>
<context>
    <name>stages::OrganisationKey</name>
    <message>
        <source>The key protection settings are not allowed.</source>
        <translation>Toto nastavení ochrany klíče není povolené.</translation>
    </message>
    <message>
        <source>There is no signing key to protect.</source>
        <translation>Není tu žádný podpisový klíč k ochraně.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the signing key.</source>
        <translation>Na ochranu podpisového klíče není dost paměti.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the signing key.</source>
        <translation>Na otevření podpisového klíče není dost paměti.</translation>
    </message>
    <message>
        <source>That password does not unlock the signing key.</source>
        <extracomment>Shown when a trainer types a password to sign a certificate.</extracomment>
        <translation>Toto heslo podpisový klíč neodemkne.</translation>
    </message>
</context>
<context>
    <name>stages::PageTitle</name>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
</context>
<context>
    <name>stages::PdfAttachments</name>
    <message>
        <source>This file is not a PDF.</source>
        <translation>Tento soubor není PDF.</translation>
    </message>
    <message>
        <source>This PDF is encrypted, so its attached files cannot be read.</source>
        <translation>Toto PDF je zašifrované, takže jeho přiložené soubory nelze přečíst.</translation>
    </message>
    <message>
        <source>This PDF stores its parts in compressed object streams, which Stages cannot read.</source>
        <translation>Toto PDF ukládá své části do komprimovaných proudů objektů (object streams), které Stages neumí přečíst.</translation>
    </message>
    <message>
        <source>This PDF is damaged: its catalog cannot be found.</source>
        <translation>Toto PDF je poškozené: nelze najít jeho katalog.</translation>
    </message>
    <message>
        <source>An attached file in this PDF is damaged.</source>
        <translation>Jeden z přiložených souborů v tomto PDF je poškozený.</translation>
    </message>
    <message>
        <source>An attached file in this PDF is too big to read.</source>
        <translation>Jeden z přiložených souborů v tomto PDF je příliš velký na přečtení.</translation>
    </message>
    <message>
        <source>The attached file %1 is compressed in a way Stages cannot read.</source>
        <extracomment>%1 is the attached file&apos;s name</extracomment>
        <translation>Přiložený soubor %1 je komprimovaný způsobem, který Stages neumí přečíst.</translation>
    </message>
</context>
<context>
    <name>stages::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivováno</translation>
    </message>
</context>
<context>
    <name>stages::PicturePasswordInput</name>
    <message>
        <source>Tap to take this picture back</source>
        <translation>Klepni a obrázek vrátíš</translation>
    </message>
</context>
<context>
    <name>stages::PicturePasswordPage</name>
    <message>
        <source>Tap your 3 pictures</source>
        <translation>Klepni na svoje 3 obrázky</translation>
    </message>
</context>
<context>
    <name>stages::PrivacyNotice</name>
    <message>
        <source>For parents: what Stages keeps about your child</source>
        <translation>Pro rodiče: co Stages o vašem dítěti uchovává</translation>
    </message>
    <message>
        <source>Stages stores your child&apos;s name and class, their picture password (only as a one-way code that cannot be read back), the exercises they did with their answers, scores, times and hints, the levels they reached, the pieces they created and the teachers&apos; comments on them.

It all stays on the school&apos;s computer or the school&apos;s own server. Stages sends nothing to the internet and has no advertising and no tracking. Only your child&apos;s teachers and the school&apos;s administrator can see it.

You can ask the school for a copy of everything stored about your child (a data file and a readable summary) or to erase it for good. After an erase, the school&apos;s records keep only that an erase happened, when and by whom; copies in the school&apos;s backups disappear when those backups are replaced.</source>
        <translation>Stages ukládá jméno a třídu vašeho dítěte, jeho obrázkové heslo (jen jako jednosměrný kód, který nejde přečíst zpět), cvičení, která dělalo, s odpověďmi, body, časy a nápovědami, úrovně, kterých dosáhlo, díla, která vytvořilo, a komentáře učitelů k nim.

Vše zůstává na školním počítači nebo na vlastním serveru školy. Stages nic neposílá na internet, nemá reklamy ani sledování. Vidí to jen učitelé vašeho dítěte a správce školy.

Můžete školu požádat o kopii všeho, co je o vašem dítěti uloženo (datový soubor a čitelné shrnutí), nebo o trvalé smazání. Po smazání zůstane ve školních záznamech jen to, že ke smazání došlo, kdy a kdo ho provedl; kopie ve školních zálohách zmizí, až budou zálohy nahrazeny.</translation>
    </message>
</context>
<context>
    <name>stages::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1. Check that this user may write to %2.</source>
        <translation>Nelze vytvořit složku %1. Zkontrolujte, že tento uživatel smí zapisovat do %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 není složka.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nelze vytvořit %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>%1 nelze nastavit jako soukromý: %2</translation>
    </message>
</context>
<context>
    <name>stages::Programme</name>
    <message>
        <source>systematic listing</source>
        <extracomment>A criterion of the rubric for an observed Stages lesson: pupils list cases systematically.</extracomment>
        <translation>systematický výčet</translation>
    </message>
    <message>
        <source>pupils create</source>
        <extracomment>A criterion of the rubric: pupils make their own examples, not only answer.</extracomment>
        <translation>žáci tvoří</translation>
    </message>
    <message>
        <source>patterns noticed</source>
        <extracomment>A criterion of the rubric: pupils notice and say the patterns.</extracomment>
        <translation>objevené zákonitosti</translation>
    </message>
    <message>
        <source>classroom climate</source>
        <extracomment>A criterion of the rubric: a calm, friendly, safe class.</extracomment>
        <translation>klima třídy</translation>
    </message>
    <message>
        <source>Stages teacher</source>
        <comment>The name of a training programme</comment>
        <translation>Učitel metody Stages</translation>
    </message>
    <message>
        <source>Workshop hours</source>
        <translation>Hodiny workshopů</translation>
    </message>
    <message>
        <source>Weeks teaching Stages with a class</source>
        <translation>Týdny výuky metodou Stages s třídou</translation>
    </message>
    <message>
        <source>Observed lessons</source>
        <translation>Pozorované hodiny</translation>
    </message>
    <message>
        <source>Portfolio items</source>
        <translation>Položky portfolia</translation>
    </message>
    <message>
        <source>Stages trainer</source>
        <comment>The name of a training programme</comment>
        <translation>Lektor metody Stages</translation>
    </message>
    <message>
        <source>Hours of workshops led</source>
        <translation>Hodiny vedených workshopů</translation>
    </message>
    <message>
        <source>Observed workshops led</source>
        <translation>Pozorované vedené workshopy</translation>
    </message>
</context>
<context>
    <name>stages::ProgrammeJson</name>
    <message>
        <source>The programme %1 has a requirement of an unknown kind &quot;%2&quot;.</source>
        <translation>Program %1 má požadavek neznámého druhu „%2“.</translation>
    </message>
    <message>
        <source>A programme needs an id and a name.</source>
        <translation>Program potřebuje id a název.</translation>
    </message>
    <message>
        <source>A programme&apos;s level is 1 or more.</source>
        <translation>Úroveň programu je 1 nebo více.</translation>
    </message>
    <message>
        <source>A programme cannot be its own prerequisite.</source>
        <translation>Program nemůže být sám sobě předpokladem.</translation>
    </message>
    <message>
        <source>A programme needs at least one requirement.</source>
        <translation>Program potřebuje alespoň jeden požadavek.</translation>
    </message>
    <message>
        <source>Every requirement needs a title.</source>
        <translation>Každý požadavek potřebuje název.</translation>
    </message>
    <message>
        <source>Observed lessons need a count of 0 or more and an average from 0 to 4.</source>
        <translation>Hospitace potřebují počet 0 nebo více a průměr od 0 do 4.</translation>
    </message>
    <message>
        <source>Observed lessons need at least one rubric criterion.</source>
        <translation>Hospitace potřebují alespoň jedno hodnoticí kritérium.</translation>
    </message>
    <message>
        <source>A requirement&apos;s minimum cannot be negative.</source>
        <translation>Minimum požadavku nemůže být záporné.</translation>
    </message>
</context>
<context>
    <name>stages::PupilAccountActions</name>
    <message>
        <source>Edit name and class…</source>
        <translation>Upravit jméno a třídu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Short text of &quot;Edit name and class…&quot; on the Pupils page&apos;s button</extracomment>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Change the selected pupil&apos;s name or class (F2). More in the arrow&apos;s menu.</source>
        <translation>Změnit jméno nebo třídu vybraného žáka (F2). Další možnosti jsou v nabídce pod šipkou.</translation>
    </message>
    <message>
        <source>New pictures…</source>
        <translation>Nové obrázky…</translation>
    </message>
    <message>
        <source>Give the pupil three new sign-in pictures (when they forgot theirs).</source>
        <translation>Dát žákovi tři nové přihlašovací obrázky (když ty své zapomene).</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivovat…</translation>
    </message>
    <message>
        <source>Hide a pupil who left from sign-in and class lists. Their work is kept.</source>
        <translation>Skrýt žáka, který odešel, z přihlašování a ze seznamů tříd. Jeho práce zůstane zachována.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Bring an archived pupil back to their class.</source>
        <translation>Vrátit archivovaného žáka zpět do jeho třídy.</translation>
    </message>
    <message>
        <source>Sign-in cards…</source>
        <translation>Přihlašovací kartičky…</translation>
    </message>
    <message>
        <source>Print sign-in cards for the class chosen in the Class list. Its pupils get new pictures.</source>
        <translation>Vytisknout přihlašovací kartičky pro třídu vybranou v seznamu Třída. Její žáci dostanou nové obrázky.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Vrátit zpět</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znovu provést</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <extracomment>%1 is a pupil&apos;s name</extracomment>
        <translation>Archivovat %1?</translation>
    </message>
    <message>
        <source>%1 disappears from sign-in, the class list and the dashboards. All their work is kept; tick &quot;Show archived&quot; to find them and restore them.</source>
        <translation>%1 zmizí z přihlašování, ze seznamu třídy i z přehledů. Veškerá práce zůstane zachována; po zaškrtnutí „Zobrazit archivované“ půjde žáka najít a obnovit.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivovat</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivovat %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Obnovit %1</translation>
    </message>
    <message>
        <source>New pictures for %1?</source>
        <translation>Nové obrázky pro %1?</translation>
    </message>
    <message>
        <source>%1 gets three new pictures to sign in with; the old ones stop working at once.</source>
        <translation>%1 dostane tři nové obrázky pro přihlášení; ty staré okamžitě přestanou fungovat.</translation>
    </message>
    <message>
        <source>Make new pictures</source>
        <translation>Vytvořit nové obrázky</translation>
    </message>
    <message>
        <source>New pictures for %1</source>
        <translation>Nové obrázky pro %1</translation>
    </message>
    <message>
        <source>New sign-in cards for %1?</source>
        <extracomment>%1 is a class (&quot;2.A&quot;)</extracomment>
        <translation>Nové přihlašovací kartičky pro třídu %1?</translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) of %1 get new pictures, printed on their cards. Their old pictures stop working. (Stages keeps only a secret code of the pictures, so it cannot print the old ones.)</source>
        <translation>
            <numerusform>%n žák třídy %1 dostane nové obrázky, vytištěné na kartičce. Jeho staré obrázky přestanou fungovat. (Stages uchovává jen tajný kód obrázků, takže ty staré vytisknout neumí.)</numerusform>
            <numerusform>%n žáci třídy %1 dostanou nové obrázky, vytištěné na jejich kartičkách. Jejich staré obrázky přestanou fungovat. (Stages uchovává jen tajný kód obrázků, takže ty staré vytisknout neumí.)</numerusform>
            <numerusform>%n žáků třídy %1 dostane nové obrázky, vytištěné na jejich kartičkách. Jejich staré obrázky přestanou fungovat. (Stages uchovává jen tajný kód obrázků, takže ty staré vytisknout neumí.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Make new cards</source>
        <translation>Vytvořit nové kartičky</translation>
    </message>
    <message>
        <source>Sign-in cards for %1</source>
        <translation>Přihlašovací kartičky pro třídu %1</translation>
    </message>
</context>
<context>
    <name>stages::PupilAdmin</name>
    <message>
        <source>There is no pupil with the id &quot;%1&quot;.</source>
        <translation>Žák s id „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>A pupil needs a class.</source>
        <translation>Žák musí patřit do třídy.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore them first.</source>
        <translation>%1 je v archivu. Nejprve použijte Obnovit.</translation>
    </message>
    <message>
        <source>That class is not in the school any more.</source>
        <translation>Tato třída už ve škole není.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 není v archivu.</translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation>%1 už je v archivu.</translation>
    </message>
    <message>
        <source>Choose at least one pupil.</source>
        <translation>Vyberte alespoň jednoho žáka.</translation>
    </message>
    <message>
        <source>A pupil is chosen twice.</source>
        <translation>Žák je vybrán dvakrát.</translation>
    </message>
    <message>
        <source>%1 is not in the school any more.</source>
        <translation>%1 už ve škole není.</translation>
    </message>
    <message>
        <source>This class has no pupils.</source>
        <translation>Tato třída nemá žádné žáky.</translation>
    </message>
</context>
<context>
    <name>stages::PupilCompletionModel</name>
    <message>
        <source>%1/%2</source>
        <extracomment>Items of an assignment a pupil has done: %1 done, %2 of how many</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ done</source>
        <extracomment>A cell of the completion table: this stage is done (a tick) or not yet (a dash)</extracomment>
        <translation>✓ hotovo</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Žák</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
</context>
<context>
    <name>stages::PupilData</name>
    <message>
        <source>There is no pupil with the id %1.</source>
        <translation>Žák s id %1 neexistuje.</translation>
    </message>
    <message>
        <source>Only a pupil&apos;s data can be exported or erased here.</source>
        <translation>Vyvézt nebo smazat tu lze jen data žáka.</translation>
    </message>
    <message>
        <source>The export does not cover the table %1 yet; please report this.</source>
        <translation>Vývoz zatím nezahrnuje tabulku %1; nahlaste to prosím.</translation>
    </message>
    <message>
        <source>The pupil is erased from the database, but their unsaved answers in %1 could not be removed: %2</source>
        <translation>Žák je z databáze smazán, ale jeho neuložené odpovědi v %1 nešlo odstranit: %2</translation>
    </message>
</context>
<context>
    <name>stages::PupilDataActions</name>
    <message>
        <source>Export everything about this pupil…</source>
        <translation>Vyvézt vše o tomto žákovi…</translation>
    </message>
    <message>
        <source>For parents who ask what is stored: one JSON file with all of it and a readable PDF.</source>
        <translation>Pro rodiče, kteří se ptají, co je uloženo: jeden soubor JSON se vším a čitelné PDF.</translation>
    </message>
    <message>
        <source>Erase this pupil for good…</source>
        <translation>Trvale smazat tohoto žáka…</translation>
    </message>
    <message>
        <source>Deletes the pupil with every answer, level, piece of work and comment.</source>
        <translation>Smaže žáka se všemi odpověďmi, úrovněmi, díly a komentáři.</translation>
    </message>
    <message>
        <source>%1 - Stages data.json</source>
        <extracomment>Suggested file name of a pupil&apos;s data export; %1 is the pupil&apos;s name</extracomment>
        <translation>%1 - data ze Stages.json</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Vyvézt vše o: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Soubory JSON (*.json)</translation>
    </message>
    <message>
        <source>Pupil&apos;s data exported</source>
        <translation>Data žáka vyvezena</translation>
    </message>
    <message>
        <source>Saved %1 and the readable summary %2. Give both to the parents; they hold personal data, so do not leave copies on shared computers.</source>
        <translation>Uloženo %1 a čitelné shrnutí %2. Předejte obojí rodičům; obsahují osobní údaje, proto nenechávejte kopie na sdílených počítačích.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Trvale smazat: %1?</translation>
    </message>
    <message>
        <source>Every answer, level, piece of work and comment of %1 is deleted and cannot be brought back. Export the data first if the parents want a copy.</source>
        <translation>Všechny odpovědi, úrovně, díla a komentáře (%1) budou smazány a nepůjde je vrátit. Chtějí-li rodiče kopii, nejdřív data vyvezte.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Trvale smazat</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Smazat: %1</translation>
    </message>
</context>
<context>
    <name>stages::PupilDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Back to where you came from (Esc)</source>
        <translation>Zpět tam, odkud jste přišli (Esc)</translation>
    </message>
    <message>
        <source>Reading the pupil&apos;s progress</source>
        <translation>Načítají se pokroky žáka</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zobrazit:</translation>
    </message>
    <message>
        <source>All time</source>
        <extracomment>Date range of the pupil page</extracomment>
        <translation>Za celou dobu</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Posledních 90 dní</translation>
    </message>
    <message>
        <source>Assign next stage…</source>
        <translation>Zadat další etapu…</translation>
    </message>
    <message>
        <source>Each box is a stage: the number is the level (0 not started … 4 mastered).</source>
        <translation>Každé políčko je jedna etapa: číslo udává úroveň (0 „ještě ne“ … 4 „umím to jako mistr“).</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Práce</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pokroky</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Zobrazit další</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older attempt(s)</source>
        <translation>
            <numerusform>Zobrazit %n starší pokus</numerusform>
            <numerusform>Zobrazit %n starší pokusy</numerusform>
            <numerusform>Zobrazit %n starších pokusů</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a piece of work to open it.</source>
        <translation>Práci otevřete dvojklikem.</translation>
    </message>
    <message>
        <source>Comments on this piece:</source>
        <translation>Komentáře k této práci:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otevřít…</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Třída %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n attempt(s)</source>
        <extracomment>Under a pupil&apos;s attempts when only the newest are shown</extracomment>
        <translation>
            <numerusform>%n nejnovější pokus</numerusform>
            <numerusform>%n nejnovější pokusy</numerusform>
            <numerusform>%n nejnovějších pokusů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n pokus</numerusform>
            <numerusform>%n pokusy</numerusform>
            <numerusform>%n pokusů</numerusform>
        </translation>
    </message>
    <message>
        <source>Work (%1)</source>
        <translation>Práce (%1)</translation>
    </message>
    <message>
        <source>Give %1 the next stage to practise: %2</source>
        <extracomment>Tooltip of &quot;Assign next stage&quot;: %1 stage words (&quot;Music · Stage 3: Rhythm&quot;)</extracomment>
        <translation>Zadat další etapu k procvičení pro %1: %2</translation>
    </message>
    <message>
        <source>Every stage of this domain is reached.</source>
        <translation>Všechny etapy této oblasti jsou už zvládnuté.</translation>
    </message>
    <message>
        <source>%1 · Stage %2</source>
        <extracomment>%1 domain (&quot;Music&quot;), %2 stage number</extracomment>
        <translation>%1 · Etapa %2</translation>
    </message>
    <message>
        <source>%1 · Stage %2: %3</source>
        <extracomment>%1 domain (&quot;Music&quot;), %2 stage number, %3 stage title (&quot;Rhythm&quot;)</extracomment>
        <translation>%1 · Etapa %2: %3</translation>
    </message>
    <message>
        <source>%1 (warm-up)</source>
        <extracomment>An attempt made inside a warm-up: %1 the stage in words</extracomment>
        <translation>%1 (rozcvička)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One comment on a pupil&apos;s work: %1 author, %2 date and time, %3 the comment</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Zatím žádné komentáře.</translation>
    </message>
    <message>
        <source>Pupil&apos;s work</source>
        <translation>Práce žáka</translation>
    </message>
    <message>
        <source>Time range</source>
        <extracomment>Screen reader name of the date range of the pupil page (its label says &quot;Show:&quot;)</extracomment>
        <translation>Časové období</translation>
    </message>
    <message>
        <source>Levels in every domain</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Úrovně ve všech oblastech</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Pokusy, nejnovější první</translation>
    </message>
    <message>
        <source>Saved work</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Uložená díla</translation>
    </message>
</context>
<context>
    <name>stages::PupilFeedbackDialog</name>
    <message>
        <source>Your teacher says</source>
        <extracomment>Window title when a pupil opens a teacher&apos;s comment on their work</extracomment>
        <translation>Vzkaz od učitele</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <extracomment>For screen readers: the stars a teacher gave the pupil&apos;s work</extracomment>
        <translation>
            <numerusform>%n hvězdička</numerusform>
            <numerusform>%n hvězdičky</numerusform>
            <numerusform>%n hvězdiček</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>stages::PupilHome</name>
    <message>
        <source>Home</source>
        <translation>Domů</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásit se</translation>
    </message>
    <message>
        <source>What shall we play today?</source>
        <translation>Co si dnes zahrajeme?</translation>
    </message>
    <message>
        <source>coming soon</source>
        <extracomment>A pupil-home tile whose exercises are not in this version yet: the domain, then a second line</extracomment>
        <translation>už brzy</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Přibude v některé další verzi</translation>
    </message>
</context>
<context>
    <name>stages::PupilMasteryModel</name>
    <message>
        <source>Stage %1: %2 – %3</source>
        <extracomment>A cell of a pupil&apos;s mastery grid: %1 stage number, %2 stage title, %3 level (&quot;not started&quot;)</extracomment>
        <translation>Etapa %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1: %2 – %3, %n attempt(s)</source>
        <extracomment>A cell of a pupil&apos;s mastery grid: %1 stage, %2 its title, %3 level (&quot;proficient&quot;), %n attempts</extracomment>
        <translation>
            <numerusform>Etapa %1: %2 – %3, %n pokus</numerusform>
            <numerusform>Etapa %1: %2 – %3, %n pokusy</numerusform>
            <numerusform>Etapa %1: %2 – %3, %n pokusů</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Column heading of the mastery grid: the subject (combinatorics, music, karate)</extracomment>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
</context>
<context>
    <name>stages::PupilProgressChart</name>
    <message>
        <source>Stages reached that week</source>
        <extracomment>Chart line: how many stages the pupil brought to &quot;proficient&quot; in each week</extracomment>
        <translation>Etapy zvládnuté v daném týdnu</translation>
    </message>
    <message>
        <source>All stages reached</source>
        <extracomment>Chart line: all stages the pupil has brought to &quot;proficient&quot; so far</extracomment>
        <translation>Všechny zvládnuté etapy</translation>
    </message>
</context>
<context>
    <name>stages::PupilReport</name>
    <message>
        <source>What Stages stores about %1</source>
        <translation>Co Stages uchovává o: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Třída: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádná</translation>
    </message>
    <message>
        <source>In Stages since: %1</source>
        <translation>Ve Stages od: %1</translation>
    </message>
    <message>
        <source>Exported on %1 by %2.</source>
        <translation>Vyvezeno %1, vyvezl(a): %2.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pokroky</translation>
    </message>
    <message>
        <source>No exercises done yet.</source>
        <translation>Zatím žádná cvičení.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Hotová cvičení</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) done in all.</source>
        <translation>
            <numerusform>Celkem %n hotové cvičení.</numerusform>
            <numerusform>Celkem %n hotová cvičení.</numerusform>
            <numerusform>Celkem %n hotových cvičení.</numerusform>
        </translation>
    </message>
    <message>
        <source>Own work</source>
        <translation>Vlastní díla</translation>
    </message>
    <message>
        <source>No work of their own saved yet.</source>
        <translation>Zatím žádné uložené vlastní dílo.</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 napsal(a): %2</translation>
    </message>
    <message>
        <source>What else is stored</source>
        <translation>Co dalšího je uloženo</translation>
    </message>
    <message>
        <source>Every answer with its time and score, the stage levels, the work above with its comments, and when the account was changed. All of it is in the JSON file exported with this summary. The picture password is stored only as a one-way hash and is not exported.</source>
        <translation>Každá odpověď s časem a body, úrovně etap, výše uvedená díla s komentáři a kdy se účet měnil. Vše je v souboru JSON vyvezeném spolu s tímto shrnutím. Obrázkové heslo je uloženo jen jako jednosměrný otisk a nevyváží se.</translation>
    </message>
    <message>
        <source>Stages: data of a pupil</source>
        <translation>Stages: data žáka</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nepodařilo se zapsat %1.</translation>
    </message>
</context>
<context>
    <name>stages::PupilTaskStrip</name>
    <message>
        <source>Your task: %1, stage %2</source>
        <extracomment>For screen readers and as a tooltip: a task the teacher gave; %1 kind of game (&quot;Music&quot;), %2 stage number</extracomment>
        <translation>Tvůj úkol: %1, etapa %2</translation>
    </message>
    <message>
        <source>Your teacher wrote something new about your work</source>
        <translation>Nový vzkaz k tvé práci</translation>
    </message>
    <message>
        <source>What your teacher said about your work</source>
        <translation>Vzkaz od učitele k tvé práci</translation>
    </message>
</context>
<context>
    <name>stages::PupilWarmUpPage</name>
    <message>
        <source>Warm-up!</source>
        <translation>Rozcvička!</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>Zpátky domů</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Rozcvička</translation>
    </message>
    <message>
        <source>New level: %1!</source>
        <translation>Nová úroveň: %1!</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <extracomment>Warm-up progress: which exercise the pupil is on</extracomment>
        <translation>Cvičení %1</translation>
    </message>
    <message>
        <source>You did them all!</source>
        <translation>Všechna cvičení máš hotová!</translation>
    </message>
    <message>
        <source>Time&apos;s up! Great warm-up!</source>
        <translation>Čas vypršel! Skvělá rozcvička!</translation>
    </message>
    <message numerus="yes">
        <source>You finished %n exercise(s).</source>
        <extracomment>End of the warm-up; %n is the number of exercises the pupil finished</extracomment>
        <translation>
            <numerusform>Máš hotové %n cvičení.</numerusform>
            <numerusform>Máš hotová %n cvičení.</numerusform>
            <numerusform>Máš hotových %n cvičení.</numerusform>
        </translation>
    </message>
    <message>
        <source>See you next time!</source>
        <translation>Uvidíme se příště!</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domů</translation>
    </message>
</context>
<context>
    <name>stages::PupilsWorkPanel</name>
    <message>
        <source>Pupils&apos; work</source>
        <extracomment>Screen reader name of the table of the pupils&apos; saved work</extracomment>
        <translation>Práce žáků</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otevřít…</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Třída:</translation>
    </message>
    <message>
        <source>Double-click a piece of work to open it.</source>
        <translation>Práci otevřete dvojklikem.</translation>
    </message>
    <message>
        <source>No work yet</source>
        <translation>Zatím tu nejsou žádné práce</translation>
    </message>
    <message>
        <source>When pupils create their own rows, move sequences or melodies, they appear here.</source>
        <translation>Až žáci vytvoří vlastní řady, sledy pohybů nebo melodie, objeví se tady.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Všechny třídy</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <extracomment>An exercise for teachers: %1 stage number, %2 stage title (&quot;Creating&quot;)</extracomment>
        <translation>Etapa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work</source>
        <extracomment>Number of pieces of pupils&apos; work in the table</extracomment>
        <translation>
            <numerusform>%n práce</numerusform>
            <numerusform>%n práce</numerusform>
            <numerusform>%n prací</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the class filter (its label says &quot;Class:&quot;)</extracomment>
        <translation>Třída</translation>
    </message>
</context>
<context>
    <name>stages::RequirementProgressModel</name>
    <message>
        <source>%1 / %2 lessons</source>
        <extracomment>Progress of observed lessons: done / needed</extracomment>
        <translation>hospitace: %1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 lessons · average %3 (needs %4)</source>
        <extracomment>Progress of observed lessons: done / needed, the mean rubric score and the minimum mean</extracomment>
        <translation>hospitace: %1 / %2 · průměr %3 (potřeba %4)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Progress of a requirement: hours, weeks or items done / needed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <extracomment>A requirement of a programme is fulfilled</extracomment>
        <translation>Splněno ✓</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Požadavek</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pokroky</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ještě chybí</translation>
    </message>
</context>
<context>
    <name>stages::ResultReview</name>
    <message>
        <source>You found %1 of %2. Here they all are, in order:</source>
        <extracomment>Shown above the whole list in systematic order; %1 found by the pupil, %2 in all</extracomment>
        <translation>Máš %1 z %2. Tady jsou všechny po pořádku:</translation>
    </message>
    <message>
        <source>The missing rows:</source>
        <translation>Chybějící řady:</translation>
    </message>
    <message>
        <source>Your row:</source>
        <translation>Tvoje řada:</translation>
    </message>
    <message>
        <source>The right row:</source>
        <translation>Správná řada:</translation>
    </message>
    <message>
        <source>There are %1.</source>
        <extracomment>The answer of a counting exercise</extracomment>
        <translation>Je jich %1.</translation>
    </message>
    <message>
        <source>There are %1. Here they all are, in order:</source>
        <extracomment>The answer of a counting exercise, above all the rows in systematic order</extracomment>
        <translation>Je jich %1. Tady jsou všechny popořadě:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) start with it.</source>
        <extracomment>The answer of &quot;how many rows start with this one&quot;</extracomment>
        <translation>
            <numerusform>Začíná tím %n řada.</numerusform>
            <numerusform>Začínají tím %n řady.</numerusform>
            <numerusform>Začíná tím %n řad.</numerusform>
        </translation>
    </message>
    <message>
        <source>With one more there are %1. Next, check it!</source>
        <extracomment>The answer of a predicting exercise: the count with one more element</extracomment>
        <translation>S jednou navíc jich je %1. Teď to ověř!</translation>
    </message>
    <message>
        <source>This is the same in every row:</source>
        <translation>Tohle je v každé řadě stejné:</translation>
    </message>
    <message>
        <source>This row was there twice:</source>
        <translation>Tahle řada tam byla dvakrát:</translation>
    </message>
    <message>
        <source>Your rows, kept for your teacher:</source>
        <translation>Tvoje řady, schované pro učitele:</translation>
    </message>
</context>
<context>
    <name>stages::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>Zrušit certifikát</translation>
    </message>
    <message>
        <source>%1 · %2, issued on %3 (code %4)</source>
        <extracomment>Revoke dialog: holder, programme, issue date and code of the certificate</extracomment>
        <translation>%1 · %2, vydán %3 (kód %4)</translation>
    </message>
    <message>
        <source>A revoked certificate is no longer valid anywhere it is checked against this database. This cannot be undone.</source>
        <translation>Zrušený certifikát přestane platit všude, kde se ověřuje proti této databázi. Tuto akci nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>Proč, několika slovy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Důvod:</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Zrušit…</translation>
    </message>
    <message>
        <source>Write the reason for revoking.</source>
        <translation>Napište důvod zrušení.</translation>
    </message>
    <message>
        <source>Revoke the %1 certificate of %2?</source>
        <extracomment>Confirmation before revoking: holder and programme</extracomment>
        <translation>Zrušit certifikát %1 (držitel: %2)?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Screen reader name of the field labelled &quot;Reason:&quot;</extracomment>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>stages::RingControls</name>
    <message>
        <source>Turn the ring</source>
        <extracomment>Button beside the ring of beads the pupil builds: every bead moves one place round</extracomment>
        <translation>Otoč kruhem</translation>
    </message>
    <message>
        <source>Turn the ring back</source>
        <extracomment>Button beside the ring of beads: every bead moves one place back</extracomment>
        <translation>Otoč kruhem zpátky</translation>
    </message>
    <message>
        <source>Turn the ring over</source>
        <extracomment>Button beside a bracelet: turn the ring of beads over, like a coin</extracomment>
        <translation>Obrať kruh</translation>
    </message>
</context>
<context>
    <name>stages::Role</name>
    <message>
        <source>Pupil</source>
        <translation>Žák</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Učitel</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Lektor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Správce</translation>
    </message>
</context>
<context>
    <name>stages::RubricForm</name>
    <message>
        <source>1 not yet</source>
        <extracomment>Rubric score 1 of 4 for an observed lesson</extracomment>
        <translation>1 ještě ne</translation>
    </message>
    <message>
        <source>2 partly</source>
        <extracomment>Rubric score 2 of 4</extracomment>
        <translation>2 částečně</translation>
    </message>
    <message>
        <source>3 well</source>
        <extracomment>Rubric score 3 of 4</extracomment>
        <translation>3 dobře</translation>
    </message>
    <message>
        <source>4 very well</source>
        <extracomment>Rubric score 4 of 4</extracomment>
        <translation>4 velmi dobře</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a rubric choice: criterion and score</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>stages::RuleChoicePage</name>
    <message>
        <source>Tap a card. Then make rows that follow its rule.</source>
        <extracomment>Under &quot;Pick a rule for your rows!&quot;: what happens after picking a card</extracomment>
        <translation>Ťukni na kartu. Pak vymýšlej řady podle jejího pravidla.</translation>
    </message>
</context>
<context>
    <name>stages::ServerConnectionStore</name>
    <message>
        <source>Cannot store the server&apos;s password in %1: %2</source>
        <translation>Heslo serveru nelze uložit do %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings of this computer.</source>
        <translation>Nastavení tohoto počítače nelze uložit.</translation>
    </message>
    <message>
        <source>Cannot remove the server&apos;s password file %1.</source>
        <translation>Soubor s heslem serveru %1 nelze odstranit.</translation>
    </message>
</context>
<context>
    <name>stages::ServerProbe</name>
    <message>
        <source>The server refused the password of the user &quot;%1&quot;. Check the password.</source>
        <translation>Server odmítl heslo uživatele „%1“. Zkontrolujte heslo.</translation>
    </message>
    <message>
        <source>The server wants a password for the user &quot;%1&quot;. Type it in the Password field.</source>
        <translation>Server chce heslo uživatele „%1“. Napište ho do pole Heslo.</translation>
    </message>
    <message>
        <source>The server at %1 offers no encryption (TLS), and the chosen security needs it.</source>
        <translation>Server %1 nenabízí šifrování (TLS) a zvolené zabezpečení ho vyžaduje.</translation>
    </message>
    <message>
        <source>There is no computer called &quot;%1&quot; on the network. Check the server&apos;s name.</source>
        <translation>V síti není žádný počítač jménem „%1“. Zkontrolujte název serveru.</translation>
    </message>
    <message>
        <source>The server at %1 does not answer. Check the name and the port, the network, and that the server is running.</source>
        <translation>Server %1 neodpovídá. Zkontrolujte název a port, síť a to, že server běží.</translation>
    </message>
    <message>
        <source>The server at %1 has no database called &quot;%2&quot;. Check the database&apos;s name.</source>
        <translation>Server %1 nemá databázi jménem „%2“. Zkontrolujte název databáze.</translation>
    </message>
    <message>
        <source>The server at %1 knows no user called &quot;%2&quot;. Check the user&apos;s name.</source>
        <translation>Server %1 nezná uživatele jménem „%2“. Zkontrolujte jméno uživatele.</translation>
    </message>
    <message>
        <source>%1

(The server said: %2)</source>
        <extracomment>%1: the plain-words reason; %2: what the server said, for the IT administrator</extracomment>
        <translation>%1

(Server odpověděl: %2)</translation>
    </message>
</context>
<context>
    <name>stages::ServerSettingsPage</name>
    <message>
        <source>School server</source>
        <translation>Školní server</translation>
    </message>
    <message>
        <source>With a school server, a pupil&apos;s progress follows her from PC to PC and teachers see every PC&apos;s work. Each PC keeps its own copy, so pupils keep working when the network drops.</source>
        <translation>Se školním serverem jde pokrok žáka s ním z počítače na počítač a učitelé vidí práci ze všech počítačů. Každý počítač si drží vlastní kopii, takže žáci pracují dál, i když vypadne síť.</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Screen reader name of the field with the school server&apos;s name or address</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. server.school.local</source>
        <translation>např. server.skola.local</translation>
    </message>
    <message>
        <source>Server:</source>
        <extracomment>Settings row: the school server&apos;s name or IP address</extracomment>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>Screen reader name of the school server&apos;s port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Settings row: the network port of the school server (a number, 5432 by default)</extracomment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database</source>
        <extracomment>Screen reader name of the field with the name of the database on the school server</extracomment>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>Database:</source>
        <extracomment>Settings row: the name of the database on the school server</extracomment>
        <translation>Databáze:</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Screen reader name of the field with the user name the PCs use on the school server</extracomment>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>User:</source>
        <extracomment>Settings row: the user name the PCs use on the school server (not a pupil or a teacher)</extracomment>
        <translation>Uživatel:</translation>
    </message>
    <message>
        <source>Server password</source>
        <extracomment>Screen reader name of the field with the school server&apos;s password</extracomment>
        <translation>Heslo serveru</translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Settings row: the password of the user on the school server</extracomment>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>Screen reader name of the choice of encryption for the school server</extracomment>
        <translation>Šifrování</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <extracomment>Encryption choice (sslmode=prefer): TLS when the server offers it</extracomment>
        <translation>Šifrovat, když to server nabízí</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <extracomment>Encryption choice (sslmode=require)</extracomment>
        <translation>Vždy šifrovat</translation>
    </message>
    <message>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <extracomment>Encryption choice (sslmode=verify-full): TLS and the server&apos;s certificate and name are checked</extracomment>
        <translation>Vždy šifrovat a ověřit certifikát serveru</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <extracomment>Encryption choice (sslmode=disable)</extracomment>
        <translation>Nikdy nešifrovat</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <extracomment>Settings row: whether the connection to the school server is encrypted (TLS)</extracomment>
        <translation>Šifrování:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Vyzkoušet spojení</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Používat tento server</translation>
    </message>
    <message>
        <source>Offered after a successful test of these settings.</source>
        <translation>Nabídne se po úspěšné zkoušce tohoto nastavení.</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Odpojit…</translation>
    </message>
    <message>
        <source>From the next start, this PC works on its own database again.</source>
        <translation>Od příštího spuštění bude tento počítač opět pracovat s vlastní databází.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <extracomment>Screen reader name of the bar shown while the connection is tested</extracomment>
        <translation>Zkouška spojení</translation>
    </message>
    <message>
        <source>The password is kept apart, in a file only this computer account can read. A new choice is used from the next start of Stages. The PCs connect as a user that may read and write the school&apos;s data but not change the database itself.</source>
        <translation>Heslo se ukládá zvlášť, do souboru, který může číst jen tento účet počítače. Nová volba platí od příštího spuštění Stages. Počítače se připojují jako uživatel, který smí číst a zapisovat data školy, ale nesmí měnit samotnou databázi.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <extracomment>In the empty password field: a password is stored and is used unless a new one is typed</extracomment>
        <translation>(uloženo)</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Napište název nebo adresu serveru.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Napište název databáze na serveru.</translation>
    </message>
    <message>
        <source>Type the user the PCs connect as.</source>
        <translation>Napište uživatele, jako kterého se počítače připojují.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>While &quot;Test connection&quot; runs; %1 is the server&apos;s name</extracomment>
        <translation>Připojuji se k %1…</translation>
    </message>
    <message>
        <source>✗ No connection. %1</source>
        <extracomment>Test connection failed; %1 is the reason in plain words</extracomment>
        <translation>✗ Bez spojení. %1</translation>
    </message>
    <message>
        <source>The server holds no school yet.</source>
        <translation>Na serveru zatím není žádná škola.</translation>
    </message>
    <message>
        <source>School: %1.</source>
        <translation>Škola: %1.</translation>
    </message>
    <message>
        <source>The connection is encrypted (TLS).</source>
        <translation>Spojení je šifrované (TLS).</translation>
    </message>
    <message>
        <source>The connection is not encrypted: the server offers no TLS.</source>
        <translation>Spojení není šifrované: server nenabízí TLS.</translation>
    </message>
    <message>
        <source>✓ Connected. %1 Database schema %2. %3 &quot;Use this server&quot; stores these settings.</source>
        <extracomment>Test connection succeeded; %1 the school, %2 the schema number, %3 whether it is encrypted</extracomment>
        <translation>✓ Připojeno. %1 Schéma databáze %2. %3 Tlačítko „Používat tento server“ toto nastavení uloží.</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Nejprve vyzkoušejte spojení.</translation>
    </message>
    <message>
        <source>Saved. Stages opens on the school server from its next start.</source>
        <translation>Uloženo. Od příštího spuštění se Stages otevře na školním serveru.</translation>
    </message>
    <message>
        <source>Disconnect from the school server?</source>
        <translation>Odpojit od školního serveru?</translation>
    </message>
    <message>
        <source>From the next start, this PC works on its own database again, and the pupils&apos; work done here no longer reaches the school server. Work that waits to be sent stays in this PC&apos;s copy and is sent when the PC is connected again.

Disconnect?</source>
        <translation>Od příštího spuštění bude tento počítač opět pracovat s vlastní databází a práce žáků z něj už nebude docházet na školní server. Práce, která čeká na odeslání, zůstane v kopii tohoto počítače a odešle se, až bude počítač znovu připojen.

Odpojit?</translation>
    </message>
    <message>
        <source>Disconnected. Stages opens on this PC&apos;s own database from its next start.</source>
        <translation>Odpojeno. Od příštího spuštění se Stages otevře na vlastní databázi tohoto počítače.</translation>
    </message>
    <message>
        <source>Now: this PC works on the school server %1.</source>
        <extracomment>%1: the school server&apos;s address (without password)</extracomment>
        <translation>Nyní: tento počítač pracuje se školním serverem %1.</translation>
    </message>
    <message>
        <source>Now: this PC works on its own database.</source>
        <translation>Nyní: tento počítač pracuje s vlastní databází.</translation>
    </message>
    <message>
        <source>From the next start: its own database.</source>
        <translation>Od příštího spuštění: vlastní databáze.</translation>
    </message>
    <message>
        <source>From the next start: the school server %1.</source>
        <translation>Od příštího spuštění: školní server %1.</translation>
    </message>
</context>
<context>
    <name>stages::ServerUrl</name>
    <message>
        <source>Write a school server as postgresql://USER@HOST:PORT/DATABASE (optionally ?sslmode=require); the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Školní server zapište jako postgresql://UŽIVATEL@POČÍTAČ:PORT/DATABÁZE (případně s ?sslmode=require); heslo se bere z PGPASSWORD nebo ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 is not a server address Stages understands.</source>
        <translation>%1 není adresa serveru, které program Stages rozumí.</translation>
    </message>
    <message>
        <source>Do not write the password into the server address %1: Stages shows addresses on screen and in logs.</source>
        <translation>Nezapisujte heslo do adresy serveru %1: program Stages zobrazuje adresy na obrazovce i v protokolech.</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot;.</source>
        <translation>%1: neznámá volba „%2“.</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1: sslmode musí být jedna z hodnot %2.</translation>
    </message>
</context>
<context>
    <name>stages::Session</name>
    <message>
        <source>%1 (%2) is not allowed to do this.</source>
        <translation>%1 (%2) k tomu nemá oprávnění.</translation>
    </message>
</context>
<context>
    <name>stages::SettingsPanel</name>
    <message>
        <source>As the system (%1)</source>
        <extracomment>Language choice: use the language of the computer&apos;s system settings</extracomment>
        <translation>Podle systému (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databáze:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <extracomment>Settings row: the SoundFont file the instruments&apos; sounds come from</extracomment>
        <translation>Zvuk:</translation>
    </message>
    <message>
        <source>About Stages and privacy…</source>
        <translation>O programu Stages a ochraně soukromí…</translation>
    </message>
    <message>
        <source>The version, and what Stages keeps about children (for parents).</source>
        <translation>Verze a co Stages o dětech uchovává (pro rodiče).</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Změnit své heslo…</translation>
    </message>
    <message>
        <source>A new password for signing in (and for signing certificates, if you may).</source>
        <translation>Nové heslo pro přihlášení (a pro podepisování certifikátů, pokud k tomu máte oprávnění).</translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Settings row: the signed-in person&apos;s password</extracomment>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Screen reader name of the language choice (its label says &quot;Language:&quot;)</extracomment>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>Look of the program: light or dark as the computer&apos;s system settings</extracomment>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Look of the program: dark text on light backgrounds</extracomment>
        <translation>Světlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Look of the program: light text on dark backgrounds</extracomment>
        <translation>Tmavý</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Look of the program: black on white, strong borders, for low vision</extracomment>
        <translation>Vysoký kontrast</translation>
    </message>
    <message>
        <source>Look:</source>
        <extracomment>Settings row: the colours of the program (light, dark, high contrast)</extracomment>
        <translation>Vzhled:</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Větší písmo</translation>
    </message>
    <message>
        <source>A new language or look is used at once; the choice is remembered on this computer.</source>
        <translation>Nový jazyk nebo vzhled se použije hned; volba se pamatuje na tomto počítači.</translation>
    </message>
    <message>
        <source>Look</source>
        <extracomment>Screen reader name of the look choice (its label says &quot;Look:&quot;)</extracomment>
        <translation>Vzhled</translation>
    </message>
</context>
<context>
    <name>stages::SetupWizard</name>
    <message>
        <source>Welcome to Stages</source>
        <translation>Vítejte ve Stages</translation>
    </message>
    <message>
        <source>e.g. Primary School Green Hill</source>
        <translation>např. Základní škola Zelený Vršek</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>Název školy:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Vaše jméno:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Heslo znovu:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Create the school</source>
        <translation>Vytvořit školu</translation>
    </message>
    <message>
        <source>Step 1 of 2: what is your school called?</source>
        <translation>Krok 1 ze 2: jak se vaše škola jmenuje?</translation>
    </message>
    <message>
        <source>Step 2 of 2: your administrator account. You will add teachers, classes and pupils with it.</source>
        <translation>Krok 2 ze 2: váš účet správce. Pomocí něj budete přidávat učitele, třídy a žáky.</translation>
    </message>
    <message>
        <source>Please give the school a name.</source>
        <translation>Zadejte prosím název školy.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Zadaná hesla se neshodují.</translation>
    </message>
    <message>
        <source>School name</source>
        <extracomment>Screen reader name of the field labelled &quot;School name:&quot;</extracomment>
        <translation>Název školy</translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Screen reader name of the field labelled &quot;Your name:&quot;</extracomment>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Screen reader name of the field labelled &quot;Login:&quot;</extracomment>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Screen reader name of the field labelled &quot;Password:&quot;</extracomment>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Password again</source>
        <extracomment>Screen reader name of the field labelled &quot;Password again:&quot;</extracomment>
        <translation>Heslo znovu</translation>
    </message>
</context>
<context>
    <name>stages::Sidebar</name>
    <message>
        <source>Pages</source>
        <extracomment>Screen reader name of the list of pages at the left of the teacher&apos;s and trainer&apos;s area</extracomment>
        <translation>Stránky</translation>
    </message>
</context>
<context>
    <name>stages::SignInCards</name>
    <message>
        <source>Class %1</source>
        <extracomment>On a printed sign-in card, under the pupil&apos;s name; %1 is the class (&quot;Class 2.A&quot;)</extracomment>
        <translation>Třída %1</translation>
    </message>
    <message>
        <source>There are no cards to print.</source>
        <translation>Nejsou žádné kartičky k tisku.</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>Tisk se nepodařilo spustit.</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>Nepodařilo se založit novou stránku.</translation>
    </message>
    <message>
        <source>Could not finish printing.</source>
        <translation>Tisk se nepodařilo dokončit.</translation>
    </message>
    <message>
        <source>Stages: sign-in cards</source>
        <translation>Stages: přihlašovací kartičky</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nepodařilo se zapsat %1.</translation>
    </message>
</context>
<context>
    <name>stages::SignInCardsDialog</name>
    <message>
        <source>The new pictures of %1, in this order:</source>
        <extracomment>Above a pupil&apos;s new picture password; %1 is the pupil&apos;s name</extracomment>
        <translation>%1 – nové obrázky v tomto pořadí:</translation>
    </message>
    <message numerus="yes">
        <source>%n new sign-in card(s) are ready.</source>
        <translation>
            <numerusform>%n nová přihlašovací kartička je připravená.</numerusform>
            <numerusform>%n nové přihlašovací kartičky jsou připravené.</numerusform>
            <numerusform>%n nových přihlašovacích kartiček je připraveno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages keeps only a secret code of the pictures, so it cannot show them again. Print the card or save it now.</source>
        <translation>Stages uchovává jen tajný kód obrázků, a proto je už nemůže znovu ukázat. Kartičku teď vytiskněte nebo uložte.</translation>
    </message>
    <message>
        <source>Stages keeps only a secret code of the pictures, so it cannot show them again. Print the cards or save them now.</source>
        <translation>Stages uchovává jen tajný kód obrázků, a proto je už nemůže znovu ukázat. Kartičky teď vytiskněte nebo uložte.</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Vytisknout kartičku…</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Vytisknout kartičky…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Stages: sign-in cards</source>
        <translation>Stages: přihlašovací kartičky</translation>
    </message>
    <message>
        <source>%1 - sign-in card.pdf</source>
        <extracomment>Suggested file name of one pupil&apos;s sign-in card; %1 is the pupil&apos;s name</extracomment>
        <translation>%1 - přihlašovací kartička.pdf</translation>
    </message>
    <message>
        <source>%1 - sign-in cards.pdf</source>
        <extracomment>Suggested file name of a class&apos;s sign-in cards; %1 is the class</extracomment>
        <translation>%1 - přihlašovací kartičky.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in cards</source>
        <translation>Uložit přihlašovací kartičky</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close without printing? The new pictures cannot be shown again; you would have to make new ones.</source>
        <translation>Zavřít bez tisku? Nové obrázky už nepůjde znovu zobrazit; museli byste vytvořit nové.</translation>
    </message>
</context>
<context>
    <name>stages::SignInPictures</name>
    <message>
        <source>Sun</source>
        <translation>Slunce</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Dům</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Hvězda</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Ryba</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Jablko</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Květina</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Měsíc</translation>
    </message>
</context>
<context>
    <name>stages::SignedCertificate</name>
    <message>
        <source>The certificate&apos;s content is not valid JSON.</source>
        <translation>Obsah certifikátu není platný JSON.</translation>
    </message>
    <message>
        <source>The certificate has a format this version of Stages does not know.</source>
        <translation>Certifikát má formát, který tato verze programu Stages nezná.</translation>
    </message>
    <message>
        <source>The certificate&apos;s content lacks some of its fields.</source>
        <translation>V obsahu certifikátu chybějí některé údaje.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issue date is not a date.</source>
        <translation>Datum vydání certifikátu není platné datum.</translation>
    </message>
    <message>
        <source>This is not a Stages certificate: the file is not valid JSON.</source>
        <translation>Toto není certifikát Stages: soubor není platný JSON.</translation>
    </message>
    <message>
        <source>This is not a Stages certificate: its format, payload or signature is missing.</source>
        <translation>Toto není certifikát Stages: chybí jeho formát, obsah nebo podpis.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is not base64.</source>
        <translation>Podpis certifikátu není v kódování base64.</translation>
    </message>
</context>
<context>
    <name>stages::SigningKeys</name>
    <message>
        <source>Only an administrator signed in with their own account can manage the signing key.</source>
        <extracomment>At the command line, signing-key actions need an administrator&apos;s own account (--as LOGIN).</extracomment>
        <translation>Podpisový klíč může spravovat jen správce přihlášený vlastním účtem.</translation>
    </message>
    <message>
        <source>Only an administrator can manage the signing key.</source>
        <translation>Podpisový klíč může spravovat jen správce.</translation>
    </message>
    <message>
        <source>This school has no signing key yet. An administrator makes one by signing in.</source>
        <translation>Tato škola zatím nemá podpisový klíč. Vytvoří se, když se přihlásí správce.</translation>
    </message>
    <message>
        <source>You may not sign certificates yet: an administrator must allow it first.</source>
        <extracomment>Shown to a trainer who tries to sign a certificate.</extracomment>
        <translation>Certifikáty zatím nemůžete podepisovat: nejdřív to musí povolit správce.</translation>
    </message>
    <message>
        <source>That is not the password of this account.</source>
        <translation>To není heslo tohoto účtu.</translation>
    </message>
    <message>
        <source>This school has a signing key already.</source>
        <translation>Tato škola už podpisový klíč má.</translation>
    </message>
    <message>
        <source>There is no such account in this school.</source>
        <translation>Takový účet v této škole není.</translation>
    </message>
    <message>
        <source>Only trainers and administrators may sign certificates.</source>
        <translation>Certifikáty smějí podepisovat jen lektoři a správci.</translation>
    </message>
    <message>
        <source>This person may not sign certificates anyway.</source>
        <translation>Tato osoba certifikáty podepisovat stejně nesmí.</translation>
    </message>
    <message>
        <source>This is the last copy of the signing key; it cannot be removed.</source>
        <translation>Toto je poslední kopie podpisového klíče; nelze ji odebrat.</translation>
    </message>
    <message>
        <source>Signing needs a trainer or administrator signed in with their own account.</source>
        <translation>K podepisování je potřeba lektor nebo správce přihlášený vlastním účtem.</translation>
    </message>
</context>
<context>
    <name>stages::SigningPasswordDialog</name>
    <message>
        <source>Your &amp;password:</source>
        <translation>Vaše &amp;heslo:</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Zadejte své heslo.</translation>
    </message>
    <message>
        <source>Your password</source>
        <extracomment>Screen reader name of the field labelled &quot;Your password:&quot;</extracomment>
        <translation>Vaše heslo</translation>
    </message>
</context>
<context>
    <name>stages::SkinRegistry</name>
    <message>
        <source>orange</source>
        <translation>oranžová</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>světle modrá</translation>
    </message>
    <message>
        <source>green</source>
        <translation>zelená</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>žlutá</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>modrá</translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation>červená</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>fialová</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>šedá</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>barvy</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>kruh</translation>
    </message>
    <message>
        <source>square</source>
        <translation>čtverec</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>trojúhelník</translation>
    </message>
    <message>
        <source>star</source>
        <translation>hvězda</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>kosočtverec</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>srdce</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>šestiúhelník</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>kříž</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>tvary</translation>
    </message>
    <message>
        <source>punch</source>
        <translation>úder</translation>
    </message>
    <message>
        <source>kick</source>
        <translation>kop</translation>
    </message>
    <message>
        <source>block</source>
        <translation>kryt</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>turn</source>
        <translation>otočka</translation>
    </message>
    <message>
        <source>bow</source>
        <translation>úklona</translation>
    </message>
    <message>
        <source>karate moves</source>
        <translation>pohyby z karate</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>číslice</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>písmena</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>šipky</translation>
    </message>
    <message>
        <source>right</source>
        <translation>doprava</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nahoru</translation>
    </message>
</context>
<context>
    <name>stages::SpeakButton</name>
    <message>
        <source>Read it to me</source>
        <extracomment>Tooltip of the speaker button next to an instruction</extracomment>
        <translation>Přečti mi to</translation>
    </message>
</context>
<context>
    <name>stages::SqlQuery</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
</context>
<context>
    <name>stages::SqliteFile</name>
    <message>
        <source>its header is damaged</source>
        <translation>jeho hlavička je poškozená</translation>
    </message>
    <message numerus="yes">
        <source>its end is cut off: %n page(s) of the database are missing (the file has only %1 bytes)</source>
        <extracomment>%n pages; %1 the file&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>chybí jeho konec: chybí %n stránka databáze (soubor má jen %1 bajtů)</numerusform>
            <numerusform>chybí jeho konec: chybí %n stránky databáze (soubor má jen %1 bajtů)</numerusform>
            <numerusform>chybí jeho konec: chybí %n stránek databáze (soubor má jen %1 bajtů)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::StaffSignInPage</name>
    <message>
        <source>Teachers and trainers</source>
        <translation>Učitelé a lektoři</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlásit se</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A row in the staff sign-in list: %1 name, %2 role (&quot;Jana Nováková — Teacher&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Vyberte své jméno ze seznamu.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <extracomment>%1 is the staff member&apos;s name</extracomment>
        <translation>Heslo pro %1</translation>
    </message>
</context>
<context>
    <name>stages::StageMapWidget</name>
    <message>
        <source>Stages</source>
        <extracomment>What a screen reader calls the stage map: the path of stepping stones, one per stage</extracomment>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Stage %1: %2, %3</source>
        <extracomment>A stone of the stage map for a screen reader: %1 the stage&apos;s number, %2 its title, %3 how far the pupil got (not started, familiar, mastered...)</extracomment>
        <translation>Etapa %1: %2, %3</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <extracomment>Added to the name of the stage the pupil works on now (the ringed stone)</extracomment>
        <translation>%1, tady jsi</translation>
    </message>
</context>
<context>
    <name>stages::StartPage</name>
    <message>
        <source>Hello! Who are you?</source>
        <translation>Ahoj! Kdo jsi?</translation>
    </message>
    <message>
        <source>I&apos;m a pupil</source>
        <translation>Žák nebo žákyně</translation>
    </message>
    <message>
        <source>Teacher or trainer</source>
        <translation>Učitel nebo lektor</translation>
    </message>
</context>
<context>
    <name>stages::StorageErrorPage</name>
    <message>
        <source>Stages cannot read the school&apos;s data right now</source>
        <translation>Stages teď nemůže přečíst data školy</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the school&apos;s IT administrator to check the database (&quot;stagesctl db check&quot;), then try again.</source>
        <translation>Nic se nezměnilo. Požádejte správce IT školy, ať databázi zkontroluje („stagesctl db check“), a pak to zkuste znovu.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
</context>
<context>
    <name>stages::StructureRegistry</name>
    <message>
        <source>Parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Parametr „%1“ musí být celé číslo od %2 do %3.</translation>
    </message>
    <message>
        <source>Parameter &quot;sizes&quot; must list 1 to 6 group sizes.</source>
        <translation>Parametr „sizes“ musí uvádět 1 až 6 velikostí skupin.</translation>
    </message>
    <message>
        <source>Each group size must be a whole number from 1 to %1.</source>
        <translation>Každá velikost skupiny musí být celé číslo od 1 do %1.</translation>
    </message>
    <message>
        <source>The groups have too many elements together (at most %1).</source>
        <translation>Skupiny mají dohromady příliš mnoho prvků (nejvýše %1).</translation>
    </message>
    <message>
        <source>Unknown structure &quot;%1&quot;.</source>
        <translation>Neznámá struktura „%1“.</translation>
    </message>
</context>
<context>
    <name>stages::SyncAgent</name>
    <message>
        <source>The school server did not answer: %1</source>
        <translation>Školní server neodpověděl: %1</translation>
    </message>
    <message>
        <source>This bundle comes from another school&apos;s server: this PC&apos;s cache belongs to a school the bundle does not know. Nothing was imported.</source>
        <translation>Tento balíček pochází ze serveru jiné školy: mezipaměť tohoto počítače patří škole, kterou balíček nezná. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>The bundle could not be imported, and nothing of it was: %1</source>
        <translation>Balíček nešlo importovat a nic z něj importováno nebylo: %1</translation>
    </message>
</context>
<context>
    <name>stages::SyncBundle</name>
    <message>
        <source>%1 is not the cache of a school server: it keeps no changes to send.</source>
        <translation>%1 není mezipaměť školního serveru: nedrží žádné změny k odeslání.</translation>
    </message>
    <message>
        <source>This is not a Stages sync bundle, or it is damaged (%1 at byte %2). Nothing was imported.</source>
        <translation>Toto není balíček synchronizace Stages, nebo je poškozený (%1 na bajtu %2). Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This is not a Stages sync bundle. Nothing was imported.</source>
        <translation>Toto není balíček synchronizace Stages. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Stages (bundle format %1; this one reads up to %2). Update Stages on the server first. Nothing was imported.</source>
        <translation>Tento balíček vytvořila novější verze Stages (formát balíčku %1; tato čte nejvýše %2). Nejprve aktualizujte Stages na serveru. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged (it has no format version). Nothing was imported.</source>
        <translation>Tento balíček synchronizace je poškozený (nemá verzi formátu). Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer Stages (database schema %1; this one knows up to %2). Update Stages on the server first. Nothing was imported.</source>
        <translation>Tento balíček pochází z novější verze Stages (schéma databáze %1; tato zná nejvýše %2). Nejprve aktualizujte Stages na serveru. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This sync bundle has a change Stages does not know (table &quot;%1&quot;). Nothing was imported.</source>
        <translation>Tento balíček synchronizace obsahuje změnu, kterou Stages nezná (tabulka „%1“). Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This sync bundle deletes a row that is never deleted alone (table &quot;%1&quot;). Nothing was imported.</source>
        <translation>Tento balíček synchronizace maže řádek, který se nikdy nemaže samostatně (tabulka „%1“). Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: a row of &quot;%1&quot; does not match its key. Nothing was imported.</source>
        <translation>Tento balíček synchronizace je poškozený: řádek tabulky „%1“ neodpovídá svému klíči. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>The bundle could not be imported, and nothing of it was: %1</source>
        <translation>Balíček nešlo importovat a nic z něj importováno nebylo: %1</translation>
    </message>
    <message>
        <source>This bundle was exported by a school server: it goes into a PC&apos;s cache (&quot;stagesctl --local-cache PATH sync import FILE&quot;), not into a server. Nothing was imported.</source>
        <translation>Tento balíček exportoval školní server: patří do mezipaměti počítače („stagesctl --local-cache CESTA sync import SOUBOR“), ne na server. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle holds a PC&apos;s changes: it goes into the school server (&quot;stagesctl --db URL sync import FILE&quot;), not into a PC&apos;s cache. Nothing was imported.</source>
        <translation>Tento balíček obsahuje změny z počítače: patří na školní server („stagesctl --db URL sync import SOUBOR“), ne do mezipaměti počítače. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Stages (bundle format %1; this one reads up to %2). Update Stages on this PC first. Nothing was imported.</source>
        <translation>Tento balíček vytvořila novější verze Stages (formát balíčku %1; tato čte nejvýše %2). Nejprve aktualizujte Stages na tomto počítači. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer Stages (database schema %1; this one knows up to %2). Update Stages on this PC first. Nothing was imported.</source>
        <translation>Tento balíček pochází z novější verze Stages (schéma databáze %1; tato zná nejvýše %2). Nejprve aktualizujte Stages na tomto počítači. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: its checksum does not match its contents. Nothing was imported; export it again.</source>
        <translation>Tento balíček synchronizace je poškozený: kontrolní součet neodpovídá obsahu. Nic nebylo importováno; exportujte ho znovu.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: a row of &quot;%1&quot; has no key. Nothing was imported.</source>
        <translation>Tento balíček synchronizace je poškozený: řádek tabulky „%1“ nemá klíč. Nic nebylo importováno.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: a row of &quot;%1&quot; has no sync number. Nothing was imported.</source>
        <translation>Tento balíček synchronizace je poškozený: řádek tabulky „%1“ nemá číslo synchronizace. Nic nebylo importováno.</translation>
    </message>
</context>
<context>
    <name>stages::SyncClash</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No free name was found instead of &quot;%1&quot;.</source>
        <translation>Místo „%1“ se nenašlo žádné volné jméno.</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; was made on two PCs; the second one is called &quot;%2&quot; now.</source>
        <extracomment>Two PCs without network both made a class of this name; %1 the name, %2 the name it has now</extracomment>
        <translation>Třída „%1“ vznikla na dvou počítačích; ta druhá se teď jmenuje „%2“.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; was given on two PCs; %2 signs in as &quot;%3&quot; now.</source>
        <extracomment>Two PCs without network gave the same staff login; %1 the login, %2 the person, %3 the new login</extracomment>
        <translation>Přihlašovací jméno „%1“ bylo přiděleno na dvou počítačích; %2 se teď přihlašuje jako „%3“.</translation>
    </message>
    <message>
        <source>%1 was made an educator on two PCs; the second record is kept apart, with its evidence and certificates, and is no longer linked to the person&apos;s account.</source>
        <extracomment>Two PCs without network made the same person an educator; %1 the educator&apos;s name</extracomment>
        <translation>Osoba %1 byla zapsána jako vzdělavatel na dvou počítačích; druhý záznam je veden zvlášť, i se svými doklady a certifikáty, a už není propojen s účtem této osoby.</translation>
    </message>
    <message>
        <source>A %1 of %2 was changed after a clash with another PC.</source>
        <translation>Po střetu s jiným počítačem byl změněn sloupec %1 tabulky %2.</translation>
    </message>
</context>
<context>
    <name>stages::SyncIndicator</name>
    <message>
        <source>School server</source>
        <translation>Školní server</translation>
    </message>
    <message>
        <source>Connecting to the school server…</source>
        <extracomment>Before the first contact with the school server</extracomment>
        <translation>Připojuji se ke školnímu serveru…</translation>
    </message>
    <message numerus="yes">
        <source>The school server does not answer. %n change(s) are kept on this PC and will be sent when it is back.</source>
        <extracomment>%n changes (answers, edits) kept on this PC until the school server answers again</extracomment>
        <translation>
            <numerusform>Školní server neodpovídá. %n změna je uložena na tomto počítači a odešle se, až bude server zpět.</numerusform>
            <numerusform>Školní server neodpovídá. %n změny jsou uloženy na tomto počítači a odešlou se, až bude server zpět.</numerusform>
            <numerusform>Školní server neodpovídá. %n změn je uloženo na tomto počítači a odešle se, až bude server zpět.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the school server.</source>
        <translation>
            <numerusform>%n změna čeká na odeslání na školní server.</numerusform>
            <numerusform>%n změny čekají na odeslání na školní server.</numerusform>
            <numerusform>%n změn čeká na odeslání na školní server.</numerusform>
        </translation>
    </message>
    <message>
        <source>All saved on the school server.</source>
        <extracomment>Everything done on this PC is on the school server</extracomment>
        <translation>Vše je uloženo na školním serveru.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Last sent: %1
Last received: %2</source>
        <translation>Naposledy odesláno: %1
Naposledy přijato: %2</translation>
    </message>
    <message>
        <source>%1
Changed after a clash with another PC: %2</source>
        <extracomment>The sync line, then the latest name changed after two PCs clashed (%2, a sentence)</extracomment>
        <translation>%1
Změněno po střetu s jiným počítačem: %2</translation>
    </message>
</context>
<context>
    <name>stages::TaskScreen</name>
    <message>
        <source>Exercise</source>
        <extracomment>Screen reader name of the screen of one exercise (it takes the digit keys)</extracomment>
        <translation>Cvičení</translation>
    </message>
</context>
<context>
    <name>stages::TeacherArea</name>
    <message>
        <source>Classes</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Třídy</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Žáci</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Pracovníci</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Přidat třídu…</translation>
    </message>
    <message>
        <source>Double-click a class to see its pupils.</source>
        <translation>Dvojklikem na třídu zobrazíte její žáky.</translation>
    </message>
    <message>
        <source>Add pupil…</source>
        <translation>Přidat žáka…</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Třída:</translation>
    </message>
    <message>
        <source>Find a pupil by name</source>
        <translation>Najít žáka podle jména</translation>
    </message>
    <message>
        <source>Add teacher or trainer…</source>
        <translation>Přidat učitele nebo lektora…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Všechny třídy</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <extracomment>Number of pupils shown in the pupils table</extracomment>
        <translation>
            <numerusform>%n žák</numerusform>
            <numerusform>%n žáci</numerusform>
            <numerusform>%n žáků</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a pupil</source>
        <translation>Přidat žáka</translation>
    </message>
    <message>
        <source>Add a class first: every pupil belongs to a class.</source>
        <translation>Nejprve přidejte třídu: každý žák patří do nějaké třídy.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Rozcvička</translation>
    </message>
    <message>
        <source>Pupils&apos; work</source>
        <translation>Práce žáků</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Změnit obrázek…</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil answer(s) could not be saved yet. Stages keeps them on this PC and tries again every few seconds; if this stays, ask the IT administrator to check the database.</source>
        <extracomment>Warning for teachers; %n answers pupils gave that the database has not taken yet</extracomment>
        <translation>
            <numerusform>%n odpověď žáků se zatím nepodařilo uložit. Stages ji uchovává na tomto PC a každých pár sekund to zkouší znovu; pokud to trvá, požádejte správce IT o kontrolu databáze.</numerusform>
            <numerusform>%n odpovědi žáků se zatím nepodařilo uložit. Stages je uchovává na tomto PC a každých pár sekund to zkouší znovu; pokud to trvá, požádejte správce IT o kontrolu databáze.</numerusform>
            <numerusform>%n odpovědí žáků se zatím nepodařilo uložit. Stages je uchovává na tomto PC a každých pár sekund to zkouší znovu; pokud to trvá, požádejte správce IT o kontrolu databáze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil&apos;s data</source>
        <translation>Data žáka</translation>
    </message>
    <message>
        <source>Export or erase everything stored about the selected pupil, when parents ask.</source>
        <translation>Vyvézt nebo smazat vše, co je uloženo o vybraném žákovi, když o to rodiče požádají.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>Choose the picture the selected pupil finds at sign-in.</source>
        <translation>Vyberte obrázek, podle kterého se vybraný žák pozná při přihlašování.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Zobrazit archivované</translation>
    </message>
    <message>
        <source>Also list the pupils who were archived (greyed), to restore them.</source>
        <translation>Zobrazit v seznamu i archivované žáky (šedě), aby je bylo možné obnovit.</translation>
    </message>
    <message>
        <source>Double-click a pupil (or press Enter) to see their progress and work.</source>
        <translation>Dvojklikem na žáka (nebo klávesou Enter) zobrazíte jeho pokroky a práci.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n archived</source>
        <extracomment>Pupils shown in the pupils table when archived ones are listed too; %1 is &quot;12 pupils&quot;</extracomment>
        <translation>
            <numerusform>%1, %n archivovaný</numerusform>
            <numerusform>%1, %n archivovaní</numerusform>
            <numerusform>%1, %n archivovaných</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in card of %1</source>
        <translation>Přihlašovací kartička: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Show the dashboard of the selected class.</source>
        <translation>Zobrazit přehled vybrané třídy.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the class filter of the pupils (its label says &quot;Class:&quot;)</extracomment>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Find a pupil</source>
        <extracomment>Screen reader name of the search field of the pupils</extracomment>
        <translation>Najít žáka</translation>
    </message>
    <message>
        <source>School server</source>
        <extracomment>Sidebar entry (administrators only): connect this PC to the school&apos;s server</extracomment>
        <translation>Školní server</translation>
    </message>
</context>
<context>
    <name>stages::TextInput</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Zadejte prosím jméno.</translation>
    </message>
    <message>
        <source>Please give the class a name.</source>
        <translation>Zadejte prosím název třídy.</translation>
    </message>
    <message>
        <source>Please give the school a name.</source>
        <translation>Zadejte prosím název školy.</translation>
    </message>
    <message>
        <source>Please enter a login.</source>
        <translation>Zadejte prosím přihlašovací jméno.</translation>
    </message>
    <message>
        <source>The text contains control characters (for example from a copied table); please type it again.</source>
        <translation>Text obsahuje řídicí znaky (třeba ze zkopírované tabulky); napište ho prosím znovu.</translation>
    </message>
    <message>
        <source>The text has no visible letters.</source>
        <translation>Text nemá žádná viditelná písmena.</translation>
    </message>
    <message>
        <source>A login cannot contain spaces.</source>
        <translation>Přihlašovací jméno nesmí obsahovat mezery.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters at most).</source>
        <translation>Text je příliš dlouhý (nejvýše %1 znaků).</translation>
    </message>
</context>
<context>
    <name>stages::TrainerArea</name>
    <message>
        <source>Educators</source>
        <translation>Pedagogové</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikáty</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Linie</translation>
    </message>
</context>
<context>
    <name>stages::TrainerHomePage</name>
    <message>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Platnost končí do %1 dnů</translation>
    </message>
    <message>
        <source>Remind these holders to renew their certificate.</source>
        <translation>Připomeňte těmto držitelům, aby si obnovili certifikát.</translation>
    </message>
    <message>
        <source>No certificate expires in the next %1 days.</source>
        <translation>V příštích %1 dnech nekončí platnost žádného certifikátu.</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>Všechny certifikáty</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:22px; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <extracomment>A count on the trainer&apos;s overview: &quot;&lt;big number&gt;&quot; above &quot;Certified teacher&quot;</extracomment>
        <translation>&lt;span style=&apos;font-size:22px; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation>Platné certifikáty</translation>
    </message>
    <message>
        <source>Certificates that expire soon</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Certifikáty, které brzy vyprší</translation>
    </message>
</context>
<context>
    <name>stages::Training</name>
    <message>
        <source>In training</source>
        <extracomment>The status of an educator who holds no valid certificate yet.</extracomment>
        <translation>V přípravě</translation>
    </message>
    <message>
        <source>Certified teacher</source>
        <translation>Certifikovaný učitel</translation>
    </message>
    <message>
        <source>Trainer</source>
        <extracomment>The status of an educator with a valid trainer certificate: may certify others.</extracomment>
        <translation>Lektor</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <extracomment>The status of an educator whose certificates all expired or were revoked.</extracomment>
        <translation>Propadlý</translation>
    </message>
</context>
<context>
    <name>stages::TrainingService</name>
    <message>
        <source>There is no training programme %1.</source>
        <translation>Vzdělávací program %1 neexistuje.</translation>
    </message>
    <message>
        <source>Only a certified trainer can issue certificates, and you have no educator record.</source>
        <translation>Certifikáty může vydávat jen certifikovaný lektor a vy nemáte záznam vzdělavatele.</translation>
    </message>
    <message>
        <source>Only a trainer with a valid trainer certificate can issue certificates.</source>
        <translation>Certifikáty může vydávat jen lektor s platným lektorským certifikátem.</translation>
    </message>
    <message>
        <source>You may not sign certificates yet: an administrator must allow it first.</source>
        <translation>Certifikáty zatím nemůžete podepisovat: nejdřív to musí povolit správce.</translation>
    </message>
    <message>
        <source>Nobody can certify themselves; ask another trainer.</source>
        <translation>Nikdo nemůže certifikovat sám sebe; požádejte jiného lektora.</translation>
    </message>
    <message>
        <source>There is no educator with the id %1.</source>
        <translation>Vzdělavatel s id %1 neexistuje.</translation>
    </message>
    <message>
        <source>%1 cannot be certified as %2 yet. Still missing:
%3</source>
        <extracomment>%1: an educator, %2: a programme; then one missing item per line.</extracomment>
        <translation>%1 zatím nemůže získat certifikát „%2“. Ještě chybí:
%3</translation>
    </message>
    <message>
        <source>Only an administrator can record a founding trainer.</source>
        <translation>Zakládajícího lektora může zapsat jen správce.</translation>
    </message>
    <message>
        <source>%1 is a trainer with a valid certificate already.</source>
        <translation>%1 už je lektor s platným certifikátem.</translation>
    </message>
    <message>
        <source>Only an administrator or a trainer with a valid trainer certificate can revoke certificates.</source>
        <translation>Certifikáty může zrušit jen správce nebo lektor s platným lektorským certifikátem.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Uveďte, proč se certifikát ruší.</translation>
    </message>
    <message>
        <source>There is no certificate with the id %1.</source>
        <translation>Certifikát s id %1 neexistuje.</translation>
    </message>
    <message>
        <source>This certificate was revoked already.</source>
        <translation>Tento certifikát už byl zrušen.</translation>
    </message>
    <message>
        <source>The %1 programme does not count this kind of evidence.</source>
        <extracomment>%1 is a programme&apos;s name, e.g. &quot;Stages trainer&quot;.</extracomment>
        <translation>Program „%1“ tento druh dokladů nezapočítává.</translation>
    </message>
    <message>
        <source>Evidence cannot be dated in the future.</source>
        <translation>Doklad nemůže mít datum v budoucnosti.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Poznámka je příliš dlouhá: nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>Only practicum weeks can be counted from a class.</source>
        <translation>Z třídy lze započítat jen týdny praxe.</translation>
    </message>
    <message numerus="yes">
        <source>An observed lesson needs a score from 1 to 4 for each of the %n criteria.</source>
        <translation>
            <numerusform>Hospitace potřebuje hodnocení od 1 do 4 pro %n kritérium.</numerusform>
            <numerusform>Hospitace potřebuje hodnocení od 1 do 4 pro každé z %n kritérií.</numerusform>
            <numerusform>Hospitace potřebuje hodnocení od 1 do 4 pro každé z %n kritérií.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such class in this school.</source>
        <translation>Taková třída v této škole není.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0 (and not above 1000).</source>
        <translation>Zadejte množství větší než 0 (a nejvýše 1000).</translation>
    </message>
    <message>
        <source>Only an administrator can change a training programme.</source>
        <translation>Vzdělávací program může měnit jen správce.</translation>
    </message>
    <message>
        <source>There is no programme %1 to be the prerequisite.</source>
        <translation>Program %1, který má být předpokladem, neexistuje.</translation>
    </message>
    <message>
        <source>Two programmes cannot be each other&apos;s prerequisite.</source>
        <translation>Dva programy nemohou být předpokladem jeden druhému.</translation>
    </message>
    <message>
        <source>This account has no educator record.</source>
        <translation>Tento účet nemá záznam vzdělavatele.</translation>
    </message>
    <message>
        <source>There is no such account in this school.</source>
        <translation>Takový účet v této škole není.</translation>
    </message>
    <message>
        <source>A pupil cannot be an educator.</source>
        <translation>Žák nemůže být vzdělavatelem.</translation>
    </message>
    <message>
        <source>%1 has an educator record already.</source>
        <translation>%1 už má záznam vzdělavatele.</translation>
    </message>
    <message>
        <source>Choose an educator first.</source>
        <translation>Nejdřív vyberte vzdělavatele.</translation>
    </message>
    <message>
        <source>%1 cannot enter the %2 programme without a valid %3 certificate.</source>
        <extracomment>%1: an educator, %2: a programme (&quot;Stages trainer&quot;), %3: the programme it needs (&quot;Stages teacher&quot;).</extracomment>
        <translation>%1 nemůže vstoupit do programu „%2“ bez platného certifikátu „%3“.</translation>
    </message>
    <message>
        <source>This evidence does not exist or was removed.</source>
        <translation>Tento doklad neexistuje nebo byl odstraněn.</translation>
    </message>
    <message>
        <source>A correction cannot move evidence to another educator or programme; remove it and record it again.</source>
        <translation>Oprava nemůže přesunout doklad k jinému vzdělavateli nebo programu; odstraňte ho a zapište znovu.</translation>
    </message>
    <message>
        <source>Only trainers and administrators can see and record the training of educators.</source>
        <extracomment>Shown to a pupil or a teacher who tries to see or change the training of educators.</extracomment>
        <translation>Vzdělávání vzdělavatelů mohou zobrazit a zapisovat jen lektoři a správci.</translation>
    </message>
</context>
<context>
    <name>stages::TransferPairs</name>
    <message>
        <source>Each one is now the one next to it</source>
        <extracomment>Read by screen readers for the pairs of a transfer exercise: each old element and the new one for it</extracomment>
        <translation>Každý je teď ten vedle něj</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpClock</name>
    <message>
        <source>Time left: %1</source>
        <extracomment>Screen readers: the warm-up&apos;s time left; %1 is minutes:seconds</extracomment>
        <translation>Zbývá: %1</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpPanel</name>
    <message>
        <source>Warm-up</source>
        <translation>Rozcvička</translation>
    </message>
    <message>
        <source>Start the warm-up at the beginning of a lesson. For the next 7 minutes, every pupil of the class who signs in goes straight to a short mixed set of exercises with a countdown. When the time is up, pupils see a cheerful end screen and return home. Exercises solved in a warm-up confirm what a pupil has mastered.</source>
        <translation>Spusťte rozcvičku na začátku hodiny. Následujících 7 minut se každý žák třídy, který se přihlásí, dostane rovnou ke krátké smíšené sadě cvičení s odpočítáváním. Když čas vyprší, žáci uvidí veselou závěrečnou obrazovku a vrátí se na svou úvodní stránku. Cvičení vyřešená při rozcvičce potvrzují, co má žák mistrovsky zvládnuto.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <extracomment>Number of pupils in a class, on the warm-up page</extracomment>
        <translation>
            <numerusform>%n žák</numerusform>
            <numerusform>%n žáci</numerusform>
            <numerusform>%n žáků</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the 7-minute warm-up for %1</source>
        <extracomment>%1 is a class name (&quot;2.A&quot;)</extracomment>
        <translation>Spustit 7minutovou rozcvičku pro třídu %1</translation>
    </message>
    <message>
        <source>Running: %1 left (until %2)</source>
        <extracomment>A class&apos;s warm-up is running; %1 minutes:seconds left, %2 the time it ends (&quot;9:07&quot;)</extracomment>
        <translation>Běží: zbývá %1 (do %2)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Neběží</translation>
    </message>
    <message>
        <source>Stop the warm-up</source>
        <translation>Zastavit rozcvičku</translation>
    </message>
    <message>
        <source>Pupils in the warm-up</source>
        <extracomment>Screen reader name of the list of pupils with their warm-up answers</extracomment>
        <translation>Žáci v rozcvičce</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpResults</name>
    <message>
        <source>There is no such warm-up.</source>
        <translation>Taková rozcvička neexistuje.</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpResultsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Žák</translation>
    </message>
    <message>
        <source>Took part</source>
        <extracomment>Column of the warm-up results: whether the pupil did any exercise in the warm-up</extracomment>
        <translation>Účast</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Cvičení</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Správně</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Průměrné skóre</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column of the warm-up results: minutes:seconds spent on exercises</extracomment>
        <translation>Čas</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpResultsView</name>
    <message>
        <source>Results of warm-ups</source>
        <translation>Výsledky rozcviček</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Rozcvička:</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Rozcvička</translation>
    </message>
    <message>
        <source>Pupils&apos; results in the warm-up</source>
        <translation>Výsledky žáků v rozcvičce</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A warm-up in the list of results: %1 class (&quot;2.A&quot;), %2 date and time it started</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No warm-up yet. Start one above; its results appear here.</source>
        <translation>Zatím žádná rozcvička. Spusťte ji výše; její výsledky se objeví tady.</translation>
    </message>
    <message>
        <source>%1 of %2 pupils took part.</source>
        <extracomment>Warm-up results: %1 pupils who did at least one exercise, %2 pupils in the class</extracomment>
        <translation>Zúčastnilo se %1 z %2 žáků.</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpService</name>
    <message>
        <source>A warm-up lasts from 1 to 60 minutes.</source>
        <translation>Rozcvička trvá 1 až 60 minut.</translation>
    </message>
    <message>
        <source>There is no such class.</source>
        <translation>Taková třída neexistuje.</translation>
    </message>
    <message>
        <source>The warm-up for %1 is already running until %2.</source>
        <extracomment>%1 is a class (&quot;2.A&quot;), %2 the time the running warm-up ends (&quot;9:07&quot;)</extracomment>
        <translation>Rozcvička pro třídu %1 už běží, a to do %2.</translation>
    </message>
    <message>
        <source>This warm-up has already ended.</source>
        <translation>Tato rozcvička už skončila.</translation>
    </message>
    <message>
        <source>Only the pupils of a class and its teachers can see the class&apos;s warm-up.</source>
        <translation>Rozcvičku třídy mohou vidět jen žáci této třídy a její učitelé.</translation>
    </message>
</context>
<context>
    <name>stages::WrappedKey</name>
    <message>
        <source>The stored signing key is damaged and cannot be used.</source>
        <extracomment>The organisation&apos;s signing key, stored encrypted in the database, cannot be read.</extracomment>
        <translation>Uložený podpisový klíč je poškozený a nelze ho použít.</translation>
    </message>
</context>
<context>
    <name>stages::audio::AudioOutput</name>
    <message>
        <source>The sound device &quot;%1&quot; cannot play %2 Hz stereo sound.</source>
        <translation>Zvukové zařízení „%1“ neumí přehrát stereofonní zvuk s frekvencí %2 Hz.</translation>
    </message>
    <message>
        <source>The sound device stopped working (%1). Music exercises go on with pictures.</source>
        <translation>Zvukové zařízení přestalo fungovat (%1). Hudební cvičení pokračují s obrázky.</translation>
    </message>
    <message>
        <source>The sound device &quot;%1&quot; could not be opened (%2). Music exercises go on with pictures.</source>
        <translation>Zvukové zařízení „%1“ nelze otevřít (%2). Hudební cvičení pokračují s obrázky.</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>žádná chyba</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>nelze ho otevřít</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>selhalo čtení nebo zápis</translation>
    </message>
    <message>
        <source>sound data came too late</source>
        <translation>zvuková data přišla pozdě</translation>
    </message>
    <message>
        <source>a fatal error</source>
        <translation>závažná chyba</translation>
    </message>
    <message>
        <source>No sound output device was found, so music plays silently. Connect speakers or headphones; the exercises still show every note.</source>
        <translation>Nenašlo se žádné zvukové výstupní zařízení, hudbu proto neuslyšíš. Připoj reproduktory nebo sluchátka; cvičení i tak ukazují každý tón.</translation>
    </message>
</context>
<context>
    <name>stages::audio::Instruments</name>
    <message>
        <source>Xylophone</source>
        <translation>Xylofon</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Klavír</translation>
    </message>
    <message>
        <source>Marimba</source>
        <translation>Marimba</translation>
    </message>
    <message>
        <source>Glockenspiel</source>
        <translation>Zvonkohra</translation>
    </message>
    <message>
        <source>Drum kit</source>
        <translation>Bicí souprava</translation>
    </message>
</context>
<context>
    <name>stages::audio::MidiFileReader</name>
    <message>
        <source>This is not a MIDI file, or it is damaged.</source>
        <translation>Toto není soubor MIDI, nebo je poškozený.</translation>
    </message>
    <message>
        <source>MIDI files of format %1 are not supported.</source>
        <translation>Soubory MIDI formátu %1 nejsou podporovány.</translation>
    </message>
    <message>
        <source>MIDI files timed in SMPTE frames are not supported.</source>
        <translation>Soubory MIDI časované ve snímcích SMPTE nejsou podporovány.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nelze otevřít %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::audio::MidiFileWriter</name>
    <message>
        <source>Could not write the MIDI file %1: %2</source>
        <translation>Soubor MIDI %1 nelze zapsat: %2</translation>
    </message>
</context>
<context>
    <name>stages::audio::OfflineRenderer</name>
    <message>
        <source>The sequence is timed for %1 Hz but the synthesizer runs at %2 Hz.</source>
        <translation>Sekvence je časovaná pro %1 Hz, ale syntezátor běží na %2 Hz.</translation>
    </message>
    <message>
        <source>That is %1 minutes of sound; Stages renders at most %2 minutes at a time. Use fewer notes or a faster tempo.</source>
        <translation>To je %1 minut zvuku; Stages vytvoří najednou nejvýše %2 minut. Použijte méně tónů nebo rychlejší tempo.</translation>
    </message>
</context>
<context>
    <name>stages::audio::Synth</name>
    <message>
        <source>No SoundFont was found, so Stages cannot make instrument sounds. Install the package timgm6mb-soundfont or choose a .sf2 file in the settings. Music exercises still work with pictures.</source>
        <translation>Nebyl nalezen žádný SoundFont, Stages proto nemůže vytvářet zvuky nástrojů. Nainstalujte balíček timgm6mb-soundfont nebo v nastavení vyberte soubor .sf2. Hudební cvičení i tak fungují s obrázky.</translation>
    </message>
    <message>
        <source>The SoundFont %1 does not exist. Choose another .sf2 file in the settings; music exercises still work with pictures.</source>
        <translation>SoundFont %1 neexistuje. V nastavení vyberte jiný soubor .sf2; hudební cvičení i tak fungují s obrázky.</translation>
    </message>
    <message>
        <source>%1 is not a SoundFont (.sf2) file. Choose another file in the settings; music exercises still work with pictures.</source>
        <translation>%1 není soubor SoundFont (.sf2). V nastavení vyberte jiný soubor; hudební cvičení i tak fungují s obrázky.</translation>
    </message>
    <message>
        <source>The sound engine could not start (out of memory).</source>
        <translation>Zvukové jádro se nepodařilo spustit (nedostatek paměti).</translation>
    </message>
    <message>
        <source>The sound engine could not start.</source>
        <translation>Zvukové jádro se nepodařilo spustit.</translation>
    </message>
    <message>
        <source>The SoundFont %1 could not be loaded; it may be damaged. Choose another file in the settings; music exercises still work with pictures.</source>
        <translation>SoundFont %1 se nepodařilo načíst; možná je poškozený. V nastavení vyberte jiný soubor; hudební cvičení i tak fungují s obrázky.</translation>
    </message>
</context>
<context>
    <name>stages::audio::WavWriter</name>
    <message>
        <source>Could not write the sound file %1: %2</source>
        <translation>Zvukový soubor %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>The sound is too long for a WAV file.</source>
        <translation>Zvuk je na soubor WAV příliš dlouhý.</translation>
    </message>
</context>
<context>
    <name>stages::cli::CertCommand</name>
    <message>
        <source>Issue, revoke, export and verify educators&apos; signed certificates.</source>
        <translation>Vydávání, rušení, export a ověřování podepsaných certifikátů vzdělavatelů.</translation>
    </message>
    <message>
        <source>issue --educator ID --programme NAME --as LOGIN   prints the certificate&apos;s id</source>
        <translation>issue --educator ID --programme NAME --as LOGIN   vypíše id certifikátu</translation>
    </message>
    <message>
        <source>founding --educator ID --as ADMIN   record a founding trainer of the organisation</source>
        <translation>founding --educator ID --as ADMIN   zapíše zakládajícího lektora organizace</translation>
    </message>
    <message>
        <source>revoke ID --reason TEXT --as LOGIN</source>
        <translation>revoke ID --reason TEXT --as LOGIN</translation>
    </message>
    <message>
        <source>list [--educator ID] [--expiring DAYS] [--json]</source>
        <translation>list [--educator ID] [--expiring DAYS] [--json]</translation>
    </message>
    <message>
        <source>export ID --pdf FILE | --json FILE   the signed certificate</source>
        <translation>export ID --pdf FILE | --json FILE   podepsaný certifikát</translation>
    </message>
    <message>
        <source>verify FILE [--public-key FILE]   prints valid, invalid, revoked or expired</source>
        <translation>verify FILE [--public-key FILE]   vypíše valid, invalid, revoked nebo expired</translation>
    </message>
    <message>
        <source>export-badge ID --out FILE --as LOGIN   Open Badge 3.0: FILE and FILE.jwt</source>
        <translation>export-badge ID --out FILE --as LOGIN   Open Badge 3.0: FILE a FILE.jwt</translation>
    </message>
    <message>
        <source>public-key --out FILE   the organisation&apos;s Ed25519 public key, base64</source>
        <translation>public-key --out FILE   veřejný klíč Ed25519 organizace, base64</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>The educator&apos;s id (or name).</source>
        <translation>Id (nebo jméno) vzdělavatele.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The programme, e.g. stages-teacher.</source>
        <translation>Program, např. stages-teacher.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Certifies an educator who meets every requirement of the programme. Needs a certified trainer allowed to sign; their password unlocks the organisation&apos;s key. Prints the certificate&apos;s id.</source>
        <translation>Vydá certifikát vzdělavateli, který splňuje všechny požadavky programu. Je potřeba certifikovaný lektor s povolením podepisovat; jeho heslo odemkne klíč organizace. Vypíše id certifikátu.</translation>
    </message>
    <message>
        <source>--educator and --programme are required.</source>
        <translation>Volby --educator a --programme jsou povinné.</translation>
    </message>
    <message>
        <source>%1 cannot be certified as %2 yet. Still missing:</source>
        <extracomment>followed by one line per missing item</extracomment>
        <translation>%1 zatím nemůže získat certifikát „%2“. Ještě chybí:</translation>
    </message>
    <message>
        <source>An administrator records one of the organisation&apos;s first trainers: a trainer certificate that needs no evidence, signed with the administrator&apos;s copy of the key. Prints the certificate&apos;s id.</source>
        <translation>Správce zapíše jednoho z prvních lektorů organizace: lektorský certifikát, který nepotřebuje doklady, podepsaný správcovou kopií klíče. Vypíše id certifikátu.</translation>
    </message>
    <message>
        <source>--educator is required.</source>
        <translation>Volba --educator je povinná.</translation>
    </message>
    <message>
        <source>Why it is revoked (kept in the audit log).</source>
        <translation>Proč se ruší (uloží se do záznamu změn).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The certificate&apos;s id (see cert list).</source>
        <translation>Id certifikátu (viz cert list).</translation>
    </message>
    <message>
        <source>Revokes a certificate: from now on it verifies as revoked.</source>
        <translation>Zruší certifikát: od této chvíle se ověří jako revoked (zrušený).</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>Volba --reason je povinná.</translation>
    </message>
    <message>
        <source>Revoked the certificate %1.</source>
        <translation>Certifikát %1 byl zrušen.</translation>
    </message>
    <message>
        <source>Only this educator&apos;s.</source>
        <translation>Jen certifikáty tohoto vzdělavatele.</translation>
    </message>
    <message>
        <source>Only valid certificates that expire within this many days.</source>
        <translation>Jen platné certifikáty, jejichž platnost skončí do tolika dní.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Lists certificates.</source>
        <translation>Vypíše certifikáty.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Write the certificate page as PDF.</source>
        <translation>Zapsat stránku certifikátu jako PDF.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the signed certificate as JSON.</source>
        <translation>Zapsat podepsaný certifikát jako JSON.</translation>
    </message>
    <message>
        <source>Writes a signed certificate: a PDF page that carries it, or the JSON file. Both verify with &quot;stagesctl cert verify&quot;.</source>
        <translation>Zapíše podepsaný certifikát: stránku PDF, která ho nese, nebo soubor JSON. Obojí lze ověřit příkazem „stagesctl cert verify“.</translation>
    </message>
    <message>
        <source>Give --pdf FILE or --json FILE (or both).</source>
        <translation>Zadejte --pdf FILE nebo --json FILE (nebo obojí).</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphics libraries, which could not be started.</source>
        <translation>K zápisu PDF jsou potřeba grafické knihovny, které se nepodařilo spustit.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapsáno: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a public key: it should hold 32 bytes, base64 on one line.</source>
        <translation>%1 není veřejný klíč: má obsahovat 32 bajtů v base64 na jednom řádku.</translation>
    </message>
    <message>
        <source>Trust this public key (from &quot;stagesctl cert public-key&quot;) instead of the database&apos;s; revocation then cannot be checked.</source>
        <translation>Důvěřovat tomuto veřejnému klíči (z „stagesctl cert public-key“) místo klíči z databáze; zrušení pak nelze ověřit.</translation>
    </message>
    <message>
        <source>The certificate: its PDF or its JSON file.</source>
        <translation>Certifikát: jeho PDF nebo soubor JSON.</translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signature, revocation and expiry. The first line says valid, invalid, revoked or expired; only valid exits with 0.</source>
        <translation>Ověří podpis certifikátu, jeho zrušení a platnost. První řádek říká valid, invalid, revoked nebo expired; jen při valid je návratový kód 0.</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Držitel: %1</translation>
    </message>
    <message>
        <source>Programme: %1 (level %2)</source>
        <extracomment>%1 programme&apos;s name, %2 its level</extracomment>
        <translation>Program: %1 (úroveň %2)</translation>
    </message>
    <message>
        <source>Issued: %1 by %2</source>
        <translation>Vydáno: %1, vydal: %2</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Platí do: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kód: %1</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Linie: %1</translation>
    </message>
    <message>
        <source>Revocation could not be checked: %1</source>
        <translation>Zrušení se nepodařilo ověřit: %1</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON file; the JWT goes to FILE.jwt.</source>
        <translation>Soubor JSON s osvědčením; JWT se zapíše do FILE.jwt.</translation>
    </message>
    <message>
        <source>Writes the certificate as an Open Badges 3.0 credential (OpenBadgeCredential) and, beside it, as a VC-JWT signed with the organisation&apos;s key, which the password of --as unlocks.</source>
        <translation>Zapíše certifikát jako osvědčení Open Badges 3.0 (OpenBadgeCredential) a vedle něj jako VC-JWT podepsaný klíčem organizace, který odemkne heslo uživatele z --as.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>Volba --out je povinná.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Zapsáno: %1 a %2.</translation>
    </message>
    <message>
        <source>The file to write (default: print it).</source>
        <translation>Soubor, který se má zapsat (výchozí: vypsat).</translation>
    </message>
    <message>
        <source>Writes the organisation&apos;s Ed25519 public key (32 bytes, base64, one line): with it anyone can check a certificate, without the database.</source>
        <translation>Zapíše veřejný klíč Ed25519 organizace (32 bajtů, base64, jeden řádek): s ním může kdokoli ověřit certifikát i bez databáze.</translation>
    </message>
</context>
<context>
    <name>stages::cli::ClassCommand</name>
    <message>
        <source>Manage the school&apos;s classes.</source>
        <translation>Správa tříd školy.</translation>
    </message>
    <message>
        <source>add --name NAME   add a class</source>
        <translation>add --name NAME   přidat třídu</translation>
    </message>
    <message>
        <source>list [--json]     list classes with their pupil counts</source>
        <translation>list [--json]     vypsat třídy s počty žáků</translation>
    </message>
    <message>
        <source>The class name, e.g. 2.A.</source>
        <translation>Název třídy, např. 2.A.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Adds a class.</source>
        <translation>Přidá třídu.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>volba --name je povinná.</translation>
    </message>
    <message>
        <source>Added class %1 (%2).</source>
        <translation>Přidána třída %1 (%2).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Lists the classes.</source>
        <translation>Vypíše třídy.</translation>
    </message>
</context>
<context>
    <name>stages::cli::Context</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Soubor databáze (výchozí: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zobrazit tuto nápovědu.</translation>
    </message>
    <message>
        <source>wrong number of arguments; see --help.</source>
        <translation>nesprávný počet argumentů; viz --help.</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1 %2&quot;.</source>
        <translation>neznámá akce „%1 %2“.</translation>
    </message>
    <message>
        <source>Usage: stagesctl [--db PATH] %1 VERB [options]</source>
        <translation>Použití: stagesctl [--db PATH] %1 VERB [volby]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Akce:</translation>
    </message>
    <message>
        <source>Every verb has --help.</source>
        <translation>Každá akce má --help.</translation>
    </message>
    <message>
        <source>missing command.</source>
        <translation>chybí příkaz.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>neznámý příkaz „%1“.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Příkazy:</translation>
    </message>
    <message>
        <source>&quot;stagesctl COMMAND --help&quot; lists a command&apos;s verbs. The database defaults to %1 (or $STAGES_DB).</source>
        <translation>„stagesctl COMMAND --help“ vypíše akce příkazu. Výchozí databáze je %1 (nebo $STAGES_DB).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 bere celé číslo od %2 do %3, ne „%4“.</translation>
    </message>
    <message>
        <source>Usage: stagesctl [--db PATH|URL] [--local-cache PATH] COMMAND VERB [options]</source>
        <translation>Použití: stagesctl [--db CESTA|URL] [--local-cache CESTA] PŘÍKAZ SLOVESO [volby]</translation>
    </message>
    <message>
        <source>--db must be a school server (postgresql://USER@HOST:PORT/DBNAME) to work on this PC&apos;s cache.</source>
        <translation>Pro práci s mezipamětí tohoto počítače musí být --db školní server (postgresql://UŽIVATEL@POČÍTAČ:PORT/DATABÁZE).</translation>
    </message>
    <message>
        <source>A school server&apos;s password comes from PGPASSWORD, else the one stored on this PC for that server (the app&apos;s &quot;School server&quot; page), else ~/.pgpass, else a prompt.</source>
        <translation>Heslo školního serveru se bere z PGPASSWORD, jinak to, které je pro tento server uložené na tomto počítači (stránka „Školní server“ v aplikaci), jinak z ~/.pgpass, jinak se na něj program zeptá.</translation>
    </message>
</context>
<context>
    <name>stages::cli::DashboardCommand</name>
    <message>
        <source>What the teacher dashboards show: progress and who needs attention.</source>
        <translation>Přehledy pro učitele: pokroky a kdo potřebuje pozornost.</translation>
    </message>
    <message>
        <source>class --class NAME [--since YYYY-MM-DD] [--json]   every pupil of a class</source>
        <translation>class --class NAME [--since YYYY-MM-DD] [--json]   každý žák třídy</translation>
    </message>
    <message>
        <source>school [--json]                                  one row per class</source>
        <translation>school [--json]                                  jeden řádek na třídu</translation>
    </message>
    <message>
        <source>The class name, e.g. 2.A.</source>
        <translation>Název třídy, např. 2.A.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Count only attempts from this day on (UTC), e.g. 2026-09-01.</source>
        <translation>Počítat jen pokusy od tohoto dne (UTC), např. 2026-09-01.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Shows a class&apos;s progress, pupil by pupil.</source>
        <translation>Vypíše pokroky třídy, žáka po žákovi.</translation>
    </message>
    <message>
        <source>--class is required.</source>
        <translation>Volba --class je povinná.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since bere den ve tvaru YYYY-MM-DD, ne „%1“.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>Třída „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>pupil</source>
        <extracomment>column headings of the class table; keep them short</extracomment>
        <translation>žák</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>pokusy</translation>
    </message>
    <message>
        <source>success</source>
        <translation>úspěšnost</translation>
    </message>
    <message>
        <source>proficient</source>
        <translation>zvládá</translation>
    </message>
    <message>
        <source>last active</source>
        <translation>naposledy aktivní</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>potřebuje pozornost</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Shows every class of the school in one table.</source>
        <translation>Vypíše všechny třídy školy v jedné tabulce.</translation>
    </message>
    <message>
        <source>class</source>
        <extracomment>column headings of the school table; keep them short</extracomment>
        <translation>třída</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>žáci</translation>
    </message>
    <message>
        <source>active this week</source>
        <translation>aktivní tento týden</translation>
    </message>
    <message>
        <source>median proficient</source>
        <translation>zvládá (medián)</translation>
    </message>
</context>
<context>
    <name>stages::cli::DbCommand</name>
    <message>
        <source>Create, check, update, back up and restore the database.</source>
        <translation>Vytvoření, kontrola, aktualizace, zálohování a obnova databáze.</translation>
    </message>
    <message>
        <source>init              create a new empty database</source>
        <translation>init              vytvořit novou prázdnou databázi</translation>
    </message>
    <message>
        <source>migrate           bring the database up to this version&apos;s schema</source>
        <translation>migrate           převést databázi na schéma této verze</translation>
    </message>
    <message>
        <source>check             integrity check and schema version (fails on any problem)</source>
        <translation>check             zkontrolovat integritu a verzi schématu (selže při jakémkoli problému)</translation>
    </message>
    <message>
        <source>backup FILE       consistent copy, safe while the app is running</source>
        <translation>backup FILE       uložit konzistentní kopii, bezpečně i za běhu aplikace</translation>
    </message>
    <message>
        <source>restore FILE      replace the database by a backup that passes check</source>
        <translation>restore FILE      nahradit databázi zálohou, která projde kontrolou</translation>
    </message>
    <message>
        <source>Creates a new database with the current schema.</source>
        <translation>Vytvoří novou databázi s aktuálním schématem.</translation>
    </message>
    <message>
        <source>%1 already exists; use &quot;db migrate&quot; or &quot;db check&quot;.</source>
        <translation>%1 už existuje; použijte „db migrate“ nebo „db check“.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>Vytvořeno: %1 (schéma %2).</translation>
    </message>
    <message>
        <source>Applies pending schema updates in one transaction.</source>
        <translation>Provede čekající aktualizace schématu v jedné transakci.</translation>
    </message>
    <message>
        <source>%1 is at schema %2.</source>
        <translation>%1 má schéma %2.</translation>
    </message>
    <message>
        <source>Checks the whole file and its schema version without changing it.</source>
        <translation>Zkontroluje celý soubor a verzi jeho schématu, aniž by ho změnil.</translation>
    </message>
    <message>
        <source>%1 is healthy but uses the older schema %2 (current: %3); run &quot;db migrate&quot;.</source>
        <translation>%1 je v pořádku, ale používá starší schéma %2 (aktuální: %3); spusťte „db migrate“.</translation>
    </message>
    <message>
        <source>%1: ok, schema %2.</source>
        <translation>%1: v pořádku, schéma %2.</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Kam zapsat kopii.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database, even while the app is running.</source>
        <translation>Zapíše konzistentní kopii databáze, i když aplikace běží.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Záloha %1 uložena do %2.</translation>
    </message>
    <message>
        <source>A backup made by &quot;db backup&quot;.</source>
        <translation>Záloha vytvořená příkazem „db backup“.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup. The backup must pass &quot;db check&quot;.</source>
        <translation>Nahradí databázi zálohou. Záloha musí projít kontrolou „db check“.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3).</source>
        <translation>Databáze %1 obnovena ze zálohy %2 (schéma %3).</translation>
    </message>
    <message>
        <source>%1 holds no Stages data yet; there is nothing to back up.</source>
        <translation>%1 zatím neobsahuje data Stages; není co zálohovat.</translation>
    </message>
    <message>
        <source>warning: the backup is complete, but it could not be noted in the audit log of %1: %2</source>
        <translation>upozornění: záloha je hotová, ale nepodařilo se ji zapsat do auditního záznamu %1: %2</translation>
    </message>
    <message>
        <source>Give up when other programs keep writing for this long (default: %1).</source>
        <translation>Vzdát to, když jiné programy zapisují takto dlouho (výchozí: %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDY</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 0 to 3600.</source>
        <translation>--wait musí být počet sekund od 0 do 3600.</translation>
    </message>
</context>
<context>
    <name>stages::cli::DemoCommand</name>
    <message>
        <source>Fill a database with a demo school for trying Stages out.</source>
        <translation>Naplnění databáze ukázkovou školou pro vyzkoušení Stages.</translation>
    </message>
    <message>
        <source>How many pupils (default 24).</source>
        <translation>Počet žáků (výchozí 24).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many classes (default 1).</source>
        <translation>Počet tříd (výchozí 1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same school.</source>
        <translation>Semínko náhody; stejné semínko dá stejnou školu.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Print the created accounts as JSON.</source>
        <translation>Vypsat vytvořené účty jako JSON.</translation>
    </message>
    <message>
        <source>--pupils, --classes and --seed take whole numbers.</source>
        <translation>--pupils, --classes a --seed přijímají celá čísla.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n account(s).</source>
        <translation>
            <numerusform>Vytvořen %n účet.</numerusform>
            <numerusform>Vytvořeny %n účty.</numerusform>
            <numerusform>Vytvořeno %n účtů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add demo people to the school already in the database. Its new staff get fresh random passwords (printed), never the demo password.</source>
        <translation>Přidat ukázkové osoby do školy, která už v databázi je. Noví zaměstnanci dostanou nová náhodná hesla (vypíšou se), nikdy ukázkové heslo.</translation>
    </message>
    <message>
        <source>Creates a demo school in an empty database: classes, pupils, teachers and a trainer. Staff password: %1; pupils&apos; picture passwords are printed as the names of their pictures.</source>
        <translation>Vytvoří ukázkovou školu v prázdné databázi: třídy, žáky, učitele a lektora. Heslo zaměstnanců: %1; obrázková hesla žáků se vypíšou jako názvy obrázků.</translation>
    </message>
    <message>
        <source>How many of the school&apos;s pupils take part.</source>
        <translation>Kolik žáků školy se zúčastní.</translation>
    </message>
    <message>
        <source>How many attempts to make.</source>
        <translation>Kolik pokusů udělat.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Random seed for pupils, exercises and scores.</source>
        <translation>Náhodné semínko pro žáky, cvičení a body.</translation>
    </message>
    <message>
        <source>Makes pupils of the school finish exercises and stores every attempt the way the app does, for demos and load tests. Prints &quot;saved ID&quot; for each attempt stored, &quot;kept ID&quot; for one waiting in the journal beside the database.</source>
        <translation>Žáci školy dokončí cvičení a každý pokus se uloží tak jako v aplikaci, pro ukázky a zátěžové testy. Vypíše „saved ID“ pro každý uložený pokus a „kept ID“ pro pokus čekající v deníku vedle databáze.</translation>
    </message>
    <message>
        <source>--pupils (1 or more), --count and --seed take whole numbers.</source>
        <translation>--pupils (1 a více), --count a --seed berou celá čísla.</translation>
    </message>
    <message>
        <source>The school has no pupils yet; &quot;stagesctl demo seed&quot; adds some.</source>
        <translation>Škola zatím nemá žáky; přidá je „stagesctl demo seed“.</translation>
    </message>
    <message>
        <source>There are no exercises.</source>
        <translation>Nejsou žádná cvičení.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s) still wait in %1.</source>
        <translation>
            <numerusform>V %1 ještě čeká %n dřívější pokus.</numerusform>
            <numerusform>V %1 ještě čekají %n dřívější pokusy.</numerusform>
            <numerusform>V %1 ještě čeká %n dřívějších pokusů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n attempt(s) at once, kept %1 for later; %2 still waiting.</source>
        <extracomment>Summary of &quot;demo attempts&quot;: %n stored at once, %1 kept in the journal, %2 still waiting there</extracomment>
        <translation>
            <numerusform>Hned uložen %n pokus, na později uschováno %1; stále čeká %2.</numerusform>
            <numerusform>Hned uloženy %n pokusy, na později uschováno %1; stále čeká %2.</numerusform>
            <numerusform>Hned uloženo %n pokusů, na později uschováno %1; stále čeká %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>seed --pupils N --classes M [--attempts A] [--seed S] [--into-existing] [--json]   deterministic demo school, with a year of history when --attempts is given</source>
        <translation>seed --pupils N --classes M [--attempts A] [--seed S] [--into-existing] [--json]   deterministická ukázková škola, s historií za celý rok, je-li zadáno --attempts</translation>
    </message>
    <message>
        <source>Also make a school year of history: this many attempts, spread over the school days of the year up to now (default 0).</source>
        <translation>Vytvořit i historii za školní rok: tolik pokusů, rozložených do školních dnů roku až do dneška (výchozí 0).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>%1 of %2 attempts written</source>
        <extracomment>Progress of &quot;demo seed --attempts&quot; on stderr</extracomment>
        <translation>Zapsáno %1 z %2 pokusů</translation>
    </message>
    <message>
        <source>History: %1 attempts by %2 pupils (%3 stuck, %4 stopped weeks ago), school days from %5 to %6.</source>
        <extracomment>Summary of &quot;demo seed --attempts&quot;; %1 attempts, %2 pupils, %3 stuck, %4 inactive, %5 and %6 dates</extracomment>
        <translation>Historie: pokusy: %1, žáci: %2 (zaseklí: %3, neaktivní už několik týdnů: %4), školní dny od %5 do %6.</translation>
    </message>
    <message>
        <source>%1 class warm-ups, %2 pieces of work, %3 comments from teachers; written in %4 s.</source>
        <extracomment>Summary of &quot;demo seed --attempts&quot;; %1 warm-ups, %2 pieces of work, %3 teachers&apos; comments, %4 seconds</extracomment>
        <translation>Rozcvičky tříd: %1, práce: %2, komentáře učitelů: %3; zapsáno za %4 s.</translation>
    </message>
    <message>
        <source>attempts --pupils N --count C [--seed S]   pupils finish exercises, stored as the app does (with a server as --db: into this PC&apos;s cache and outbox)</source>
        <translation>attempts --pupils N --count C [--seed S]   žáci dokončí cvičení, uložená jako v aplikaci (se serverem jako --db: do mezipaměti a fronty tohoto počítače)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait in this PC&apos;s outbox; &quot;stagesctl sync push&quot; sends them.</source>
        <extracomment>After &quot;demo attempts&quot; on a PC of a school server; %n changes in its outbox</extracomment>
        <translation>
            <numerusform>Ve frontě tohoto počítače čeká %n změna; odešle ji „stagesctl sync push“.</numerusform>
            <numerusform>Ve frontě tohoto počítače čekají %n změny; odešle je „stagesctl sync push“.</numerusform>
            <numerusform>Ve frontě tohoto počítače čeká %n změn; odešle je „stagesctl sync push“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::DemoHistory</name>
    <message>
        <source>Lovely work!</source>
        <extracomment>A teacher&apos;s comment on a pupil&apos;s piece in the demo school</extracomment>
        <translation>Moc pěkná práce!</translation>
    </message>
    <message>
        <source>You kept to the rule every time. Well done!</source>
        <translation>Pravidlo je pokaždé dodržené. Výborně!</translation>
    </message>
    <message>
        <source>I like this one. Can you make a longer one?</source>
        <translation>Tohle se mi líbí. Zvládneš i delší?</translation>
    </message>
    <message>
        <source>Beautiful! Show it to the class tomorrow.</source>
        <translation>Krásné! Zítra to ukaž třídě.</translation>
    </message>
    <message>
        <source>Good start. Try one more next time.</source>
        <translation>Dobrý začátek. Příště to zkus ještě jednou.</translation>
    </message>
    <message>
        <source>What a clever order!</source>
        <translation>To je ale chytré pořadí!</translation>
    </message>
</context>
<context>
    <name>stages::cli::EducatorCommand</name>
    <message>
        <source>Educators in training, certified teachers and trainers, and how far each one has come.</source>
        <translation>Vzdělavatelé v přípravě, certifikovaní učitelé a lektoři a jak daleko kdo pokročil.</translation>
    </message>
    <message>
        <source>add --name NAME [--user LOGIN] [--organisation ORG] --as LOGIN   a new educator</source>
        <translation>add --name NAME [--user LOGIN] [--organisation ORG] --as LOGIN   nový vzdělavatel</translation>
    </message>
    <message>
        <source>list [--json]                     every educator with their status</source>
        <translation>list [--json]                     všichni vzdělavatelé se svým stavem</translation>
    </message>
    <message>
        <source>show ID [--programme NAME] [--json]   progress per requirement and what is missing</source>
        <translation>show ID [--programme NAME] [--json]   pokrok v každém požadavku a co chybí</translation>
    </message>
    <message>
        <source>allow-signing ID --as ADMIN   the educator may sign certificates (reads the administrator&apos;s password, then the educator&apos;s)</source>
        <translation>allow-signing ID --as ADMIN   vzdělavatel smí podepisovat certifikáty (načte heslo administrátora, pak heslo vzdělavatele)</translation>
    </message>
    <message>
        <source>The educator&apos;s name.</source>
        <translation>Jméno vzdělavatele.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Link to this teacher&apos;s or trainer&apos;s account (their login).</source>
        <translation>Propojit s účtem tohoto učitele nebo lektora (jeho přihlašovací jméno).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Their school, when it is not this one.</source>
        <translation>Jeho škola, pokud to není tato.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The educator who trains them (default: the one acting).</source>
        <translation>Vzdělavatel, který ho připravuje (výchozí: ten, kdo příkaz provádí).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Records an educator: a teacher of this school (--user) or of another one.</source>
        <translation>Zaznamená vzdělavatele: učitele této školy (--user) nebo jiné školy.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>Volba --name je povinná.</translation>
    </message>
    <message>
        <source>There is no teacher, trainer or administrator with the login &quot;%1&quot;.</source>
        <translation>Učitel, lektor ani administrátor s přihlašovacím jménem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>Added the educator %1 (%2).</source>
        <extracomment>%1 the educator&apos;s name, %2 their id</extracomment>
        <translation>Vzdělavatel %1 (%2) byl přidán.</translation>
    </message>
    <message>
        <source>The educator&apos;s id (or name).</source>
        <translation>Id (nebo jméno) vzdělavatele.</translation>
    </message>
    <message>
        <source>Gives an educator with an account their own copy of the organisation&apos;s signing key, locked with their password. Standard input: the administrator&apos;s password on the first line, the educator&apos;s on the second.</source>
        <translation>Dá vzdělavateli s účtem vlastní kopii podpisového klíče organizace, zamčenou jeho heslem. Standardní vstup: heslo administrátora na prvním řádku, heslo vzdělavatele na druhém.</translation>
    </message>
    <message>
        <source>%1 has no account here, so there is no password to lock the key with.</source>
        <translation>%1 tu nemá účet, takže není heslo, kterým by šlo klíč zamknout.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Heslo uživatele %1: </translation>
    </message>
    <message>
        <source>%1 may sign certificates now.</source>
        <translation>%1 nyní smí podepisovat certifikáty.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Lists the educators with their status.</source>
        <translation>Vypíše vzdělavatele a jejich stav.</translation>
    </message>
    <message>
        <source>Show this programme (default: every programme the educator has evidence in).</source>
        <translation>Zobrazit tento program (výchozí: každý program, ve kterém má vzdělavatel doklady).</translation>
    </message>
    <message>
        <source>Shows an educator: progress per requirement and what is still missing.</source>
        <translation>Zobrazí vzdělavatele: pokrok v každém požadavku a co ještě chybí.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1 name, %2 status (&quot;Certified teacher&quot;), %3 id</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Trained by %1.</source>
        <translation>Lektor: %1.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 (%3)</source>
        <extracomment>%1 programme, %2 issue day, %3 the certificate&apos;s id</extracomment>
        <translation>Certifikát %1 ze dne %2 (%3)</translation>
    </message>
    <message>
        <source>No evidence yet; add some with &quot;stagesctl evidence add&quot;, or pick a programme with --programme.</source>
        <translation>Zatím žádné doklady; přidejte je příkazem „stagesctl evidence add“ nebo vyberte program volbou --programme.</translation>
    </message>
    <message>
        <source>%1: ready to be certified.</source>
        <translation>%1: lze certifikovat.</translation>
    </message>
    <message>
        <source>%1: not ready yet.</source>
        <translation>%1: zatím nelze certifikovat.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>%1 the requirement, %2 what has been done, %3 what is needed</extracomment>
        <translation>%1: %2 z %3</translation>
    </message>
</context>
<context>
    <name>stages::cli::EvidenceCommand</name>
    <message>
        <source>Record what an educator has done: workshops, practicum, observed lessons, portfolio.</source>
        <translation>Zaznamenat, co vzdělavatel splnil: workshopy, praxi, hospitace, portfolio.</translation>
    </message>
    <message>
        <source>add --educator ID --programme NAME --kind workshop|practicum|observation|portfolio [--hours H] [--weeks W] [--class NAME] [--scores 4,3,4,4] [--items N] [--date YYYY-MM-DD] [--note TEXT] --as LOGIN</source>
        <translation>add --educator ID --programme NAME --kind workshop|practicum|observation|portfolio [--hours H] [--weeks W] [--class NAME] [--scores 4,3,4,4] [--items N] [--date YYYY-MM-DD] [--note TEXT] --as LOGIN</translation>
    </message>
    <message>
        <source>list --educator ID [--programme NAME] [--json]</source>
        <translation>list --educator ID [--programme NAME] [--json]</translation>
    </message>
    <message>
        <source>correct ID [the options of add] --as LOGIN   change a record; the old values stay in the audit log</source>
        <translation>correct ID [volby jako u add] --as LOGIN   změnit záznam; staré hodnoty zůstanou v záznamu změn</translation>
    </message>
    <message>
        <source>The educator&apos;s id (or name).</source>
        <translation>Id (nebo jméno) vzdělavatele.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The programme, e.g. stages-teacher.</source>
        <translation>Program, např. stages-teacher.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>workshop, practicum, observation or portfolio.</source>
        <translation>workshop, practicum, observation nebo portfolio.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Workshop: hours attended (or led).</source>
        <translation>Workshop: počet hodin (absolvovaných nebo vedených).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Practicum: weeks of teaching Stages.</source>
        <translation>Praxe: týdny výuky metodou Stages.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Practicum: count the weeks from this class&apos;s real activity in this database.</source>
        <translation>Praxe: spočítat týdny podle skutečné činnosti této třídy v této databázi.</translation>
    </message>
    <message>
        <source>Observed lesson: one score from 1 to 4 per criterion of the rubric, in order (&quot;stagesctl programme show&quot; lists them).</source>
        <translation>Hospitace: jedno hodnocení od 1 do 4 za každé z hodnoticích kritérií, v pořadí (vypíše je „stagesctl programme show“).</translation>
    </message>
    <message>
        <source>4,3,4,4</source>
        <translation>4,3,4,4</translation>
    </message>
    <message>
        <source>Portfolio: how many items.</source>
        <translation>Portfolio: počet položek.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When it happened (default: today).</source>
        <translation>Kdy se to stalo (výchozí: dnes).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Poznámka.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--%1 takes a number of 0 or more, e.g. 2.5, not &quot;%2&quot;.</source>
        <translation>--%1 bere číslo 0 nebo větší, např. 2.5, ne „%2“.</translation>
    </message>
    <message>
        <source>--scores takes scores from 1 to 4 separated by commas, e.g. 4,3,4,4; &quot;%1&quot; is not one.</source>
        <translation>--scores bere hodnocení od 1 do 4 oddělená čárkami, např. 4,3,4,4; „%1“ mezi ně nepatří.</translation>
    </message>
    <message>
        <source>There is no evidence &quot;%1&quot; (&quot;stagesctl evidence list&quot; shows the ids).</source>
        <translation>Doklad „%1“ neexistuje (id ukáže „stagesctl evidence list“).</translation>
    </message>
    <message>
        <source>The evidence&apos;s id (see evidence list).</source>
        <translation>Id dokladu (viz evidence list).</translation>
    </message>
    <message>
        <source>Corrects a piece of evidence; the old values are kept in the audit log. Options not given keep their value.</source>
        <translation>Opraví doklad; staré hodnoty se uchovají v záznamu změn. Nezadané volby si ponechají svou hodnotu.</translation>
    </message>
    <message>
        <source>Records a piece of evidence towards a programme.</source>
        <translation>Zaznamená doklad k programu.</translation>
    </message>
    <message>
        <source>--educator, --programme and --kind are required.</source>
        <translation>Volby --educator, --programme a --kind jsou povinné.</translation>
    </message>
    <message>
        <source>--kind must be workshop, practicum, observation or portfolio.</source>
        <translation>--kind musí být workshop, practicum, observation nebo portfolio.</translation>
    </message>
    <message>
        <source>--%1 is for %2 evidence, not %3.</source>
        <translation>Volba --%1 patří k dokladům druhu %2, ne %3.</translation>
    </message>
    <message>
        <source>--class is for practicum evidence.</source>
        <translation>Volba --class patří k dokladům praxe.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>Třída „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>--scores is for observation evidence.</source>
        <translation>Volba --scores patří k dokladům hospitací.</translation>
    </message>
    <message>
        <source>Workshop evidence needs --hours.</source>
        <translation>Doklad o workshopu potřebuje --hours.</translation>
    </message>
    <message>
        <source>Practicum evidence needs --weeks, or --class to count them from a class.</source>
        <translation>Doklad o praxi potřebuje --weeks, nebo --class, aby se týdny spočítaly podle třídy.</translation>
    </message>
    <message>
        <source>An observed lesson needs --scores, one from 1 to 4 per criterion.</source>
        <translation>Hospitace potřebuje --scores, jedno hodnocení od 1 do 4 za každé kritérium.</translation>
    </message>
    <message>
        <source>Portfolio evidence needs --items.</source>
        <translation>Doklad o portfoliu potřebuje --items.</translation>
    </message>
    <message>
        <source>Corrected the evidence %1.</source>
        <translation>Doklad %1 byl opraven.</translation>
    </message>
    <message>
        <source>Recorded %1 evidence %2.</source>
        <extracomment>%1 the kind (workshop, practicum ...), %2 the evidence&apos;s id</extracomment>
        <translation>Doklad %2 (%1) byl zaznamenán.</translation>
    </message>
    <message>
        <source>Only this programme.</source>
        <translation>Jen tento program.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Lists an educator&apos;s evidence.</source>
        <translation>Vypíše doklady vzdělavatele.</translation>
    </message>
    <message>
        <source>--educator is required (&quot;stagesctl educator list&quot; shows the ids).</source>
        <translation>Volba --educator je povinná (id ukáže „stagesctl educator list“).</translation>
    </message>
</context>
<context>
    <name>stages::cli::ExercisesCommand</name>
    <message>
        <source>List, show, solve and check exercises (JSON).</source>
        <translation>Výpis, zobrazení, řešení a kontrola cvičení (JSON).</translation>
    </message>
    <message>
        <source>list [--domain D] [--stage N] [--skin S] [--task T] [--json]   the catalogue</source>
        <translation>list [--domain D] [--stage N] [--skin S] [--task T] [--json]   katalog</translation>
    </message>
    <message>
        <source>solve ID                       the count and the full answer</source>
        <translation>solve ID                       počet a úplná odpověď</translation>
    </message>
    <message>
        <source>check ID --answer JSON | --answer-file F   judge an answer as the app does</source>
        <translation>check ID --answer JSON | --answer-file F   posoudit odpověď stejně jako aplikace</translation>
    </message>
    <message>
        <source>stages [--domain D]            the stage ladders</source>
        <translation>stages [--domain D]            žebříčky etap</translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;; &quot;stagesctl exercises list&quot; shows them all.</source>
        <translation>Cvičení „%1“ neexistuje; všechna vypíše „stagesctl exercises list“.</translation>
    </message>
    <message>
        <source>Only this domain (combinatorics ...).</source>
        <translation>Jen tato oblast (combinatorics ...).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Only this stage.</source>
        <translation>Jen tato etapa.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only this skin (colors, shapes, moves ...).</source>
        <translation>Jen tento vzhled (colors, shapes, moves ...).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this task (build-all, count ...).</source>
        <translation>Jen tento úkol (build-all, count ...).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print JSON: an array, one exercise per line.</source>
        <translation>Vypsat JSON: pole, jedno cvičení na řádek.</translation>
    </message>
    <message>
        <source>Lists the exercise catalogue in its fixed order.</source>
        <translation>Vypíše katalog cvičení v jeho pevném pořadí.</translation>
    </message>
    <message>
        <source>Exercise id.</source>
        <translation>Identifikátor cvičení.</translation>
    </message>
    <message>
        <source>Prints how many there are and the full correct answer.</source>
        <translation>Vypíše, kolik jich je, a úplnou správnou odpověď.</translation>
    </message>
    <message>
        <source>The answer as JSON (see exercises/framework/README.md).</source>
        <translation>Odpověď jako JSON (viz exercises/framework/README.md).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Read the answer JSON from a file (- for stdin).</source>
        <translation>Načíst JSON odpovědi ze souboru (- pro standardní vstup).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Also print the accepted items, flagged entries and the hint.</source>
        <translation>Vypsat také přijaté položky, označené záznamy a nápovědu.</translation>
    </message>
    <message>
        <source>Judges an answer exactly as the app would.</source>
        <translation>Posoudí odpověď přesně tak, jak by to udělala aplikace.</translation>
    </message>
    <message>
        <source>give exactly one of --answer and --answer-file.</source>
        <translation>zadejte právě jednu z voleb --answer a --answer-file.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nelze číst %1: %2</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>odpověď není platný JSON: %1</translation>
    </message>
    <message>
        <source>Only this domain.</source>
        <translation>Jen tato oblast.</translation>
    </message>
    <message>
        <source>Prints each domain&apos;s stage ladder with exercise counts.</source>
        <translation>Vypíše žebříček etap každé oblasti s počty cvičení.</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same set.</source>
        <translation>Semínko; stejné semínko dá stejnou sadu.</translation>
    </message>
    <message>
        <source>Length in minutes (default 7).</source>
        <translation>Délka v minutách (výchozí 7).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Highest stage to draw from (default: all).</source>
        <translation>Nejvyšší etapa, ze které se vybírá (výchozí: všechny).</translation>
    </message>
    <message>
        <source>Builds a timed, mixed warm-up set for the start of a lesson.</source>
        <translation>Sestaví časovanou smíšenou sadu na rozcvičku na začátku hodiny.</translation>
    </message>
    <message>
        <source>show ID [--lang L]             an exercise with what the screen shows and says</source>
        <translation>show ID [--lang L]             cvičení s tím, co obrazovka ukazuje a říká</translation>
    </message>
    <message>
        <source>Language of the instruction and the rule (cs, en).</source>
        <translation>Jazyk zadání a pravidla (cs, en).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Shows an exercise, the prompt data its screen shows and its words.</source>
        <translation>Ukáže cvičení, data zadání, která obrazovka zobrazuje, a její slova.</translation>
    </message>
    <message>
        <source>Stages the class is proficient in, e.g. 1,2: those come first.</source>
        <translation>Stupně, které třída už umí, např. 1,2: ty přijdou na řadu první.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>SEZNAM</translation>
    </message>
    <message>
        <source>warmup [--class C] [--seed S] [--minutes M] [--stage N]   a mixed warm-up set</source>
        <translation>warmup [--class C] [--seed S] [--minutes M] [--stage N]   smíšená sada na rozcvičku</translation>
    </message>
    <message>
        <source>A class in the database (name): its familiar and reached stages decide the set.</source>
        <translation>Třída v databázi (název): sadu určí etapy, které třída už umí a kam došla.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>There is no class &quot;%1&quot;; &quot;stagesctl class list&quot; shows them.</source>
        <translation>Třída „%1“ neexistuje; třídy vypíše „stagesctl class list“.</translation>
    </message>
    <message>
        <source>the answer is empty: give it as JSON, e.g. --answer &apos;[[0,1],[1,0]]&apos; (&quot;stagesctl exercises solve ID&quot; shows the form).</source>
        <translation>odpověď je prázdná: zadejte ji jako JSON, např. --answer &apos;[[0,1],[1,0]]&apos; (tvar ukáže „stagesctl exercises solve ID“).</translation>
    </message>
    <message>
        <source>--familiar takes stage numbers separated by commas, e.g. 1,2; &quot;%1&quot; is not one.</source>
        <translation>--familiar bere čísla etap oddělená čárkami, např. 1,2; „%1“ mezi ně nepatří.</translation>
    </message>
</context>
<context>
    <name>stages::cli::GeometryCommand</name>
    <message>
        <source>star N K --svg FILE   the star polygon {N/K}: one closed polygon per separate figure</source>
        <translation>star N K --svg FILE   hvězdicový mnohoúhelník {N/K}: jeden uzavřený mnohoúhelník za každý samostatný obrazec</translation>
    </message>
    <message>
        <source>Points on the circle (%1 to %2).</source>
        <translation>Počet bodů na kružnici (%1 až %2).</translation>
    </message>
    <message>
        <source>Join every K-th point (1 to N-1).</source>
        <translation>Spojit každý K-tý bod (1 až N-1).</translation>
    </message>
    <message>
        <source>The SVG file to write (- for standard output).</source>
        <translation>Soubor SVG, který se má zapsat (- pro standardní výstup).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Writes the star polygon {N/K} as SVG: N points on a circle, each joined to the K-th next; gcd(N, K) separate closed figures.</source>
        <translation>Zapíše hvězdicový mnohoúhelník {N/K} jako SVG: N bodů na kružnici, každý spojený s K-tým dalším; gcd(N, K) samostatných uzavřených obrazců.</translation>
    </message>
    <message>
        <source>N must be a whole number from %1 to %2 and K one from 1 to N-1.</source>
        <translation>N musí být celé číslo od %1 do %2 a K celé číslo od 1 do N-1.</translation>
    </message>
    <message>
        <source>Say where to write the drawing: --svg FILE.</source>
        <translation>Zadejte, kam se má kresba zapsat: --svg FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>%1: {%2/%3}, %4 separate figure(s) of %5 corners each.</source>
        <translation>%1: {%2/%3}, samostatných obrazců: %4, vrcholů v každém: %5.</translation>
    </message>
    <message>
        <source>Draw star polygons and export pupils&apos; drawings as SVG.</source>
        <translation>Kreslení hvězdicových mnohoúhelníků a export kreseb žáků do SVG.</translation>
    </message>
    <message>
        <source>export --artifact ID --svg FILE   a pupil&apos;s saved drawing (create-drawing)</source>
        <translation>export --artifact ID --svg FILE   uložená kresba žáka (create-drawing)</translation>
    </message>
    <message>
        <source>A pupil&apos;s saved drawing (artifact id).</source>
        <translation>Uložená kresba žáka (id uložené práce).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Writes a pupil&apos;s saved drawing (the create-drawing task) as SVG, as the pupil left it.</source>
        <translation>Zapíše uloženou kresbu žáka (úloha create-drawing) jako SVG, tak jak ji žák zanechal.</translation>
    </message>
    <message>
        <source>Say which drawing: --artifact ID.</source>
        <translation>Zadejte, o kterou kresbu jde: --artifact ID.</translation>
    </message>
    <message>
        <source>Saved work %1: %2</source>
        <extracomment>%1 an artifact id, %2 why it cannot be read (&quot;This work is no longer there.&quot;)</extracomment>
        <translation>Uložené dílo %1: %2</translation>
    </message>
    <message>
        <source>The saved work %1 is not a drawing (it is of kind &quot;%2&quot;).</source>
        <extracomment>%1 an artifact id, %2 its kind (&quot;melody&quot;, &quot;arrangements&quot;...), not translated</extracomment>
        <translation>Uložená práce %1 není kresba (je druhu „%2“).</translation>
    </message>
    <message>
        <source>The saved drawing %1 cannot be read: %2</source>
        <extracomment>%1 an artifact id, %2 what is wrong with it</extracomment>
        <translation>Uloženou kresbu %1 nelze přečíst: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2&apos;s drawing, %n line(s).</source>
        <extracomment>%1 the file, %2 the pupil&apos;s name, %n lines in the drawing</extracomment>
        <translation>
            <numerusform>%1: kresba žáka %2, %n úsečka.</numerusform>
            <numerusform>%1: kresba žáka %2, %n úsečky.</numerusform>
            <numerusform>%1: kresba žáka %2, %n úseček.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::MusicCommand</name>
    <message>
        <source>Render melodies to WAV, export MIDI, print rhythms, check the sound.</source>
        <translation>Převod melodií do WAV, export do MIDI, výpis rytmů, kontrola zvuku.</translation>
    </message>
    <message>
        <source>render (--notes &quot;C4 E4 G4&quot; | --exercise ID) --wav FILE [--tempo BPM] [--instrument NAME]</source>
        <translation>render (--notes &quot;C4 E4 G4&quot; | --exercise ID) --wav FILE [--tempo BPM] [--instrument NAME]</translation>
    </message>
    <message>
        <source>export-midi (--notes &quot;...&quot; | --artifact ID) --out FILE.mid [--tempo BPM] [--instrument NAME]</source>
        <translation>export-midi (--notes &quot;...&quot; | --artifact ID) --out FILE.mid [--tempo BPM] [--instrument NAME]</translation>
    </message>
    <message>
        <source>rhythm K N        the Euclidean rhythm E(K,N) as x and .</source>
        <translation>rhythm K N        euklidovský rytmus E(K,N) pomocí x a .</translation>
    </message>
    <message>
        <source>rhythms           the named traditional rhythms and their E(k,n)</source>
        <translation>rhythms           pojmenované tradiční rytmy a jejich E(k,n)</translation>
    </message>
    <message>
        <source>diagnostics       SoundFont, sound devices and the latency the device grants</source>
        <translation>diagnostics       SoundFont, zvuková zařízení a latence, kterou zařízení poskytne</translation>
    </message>
    <message>
        <source>Notes, each one beat long: &quot;C4 E4 G4&quot;.</source>
        <translation>Noty, každá dlouhá jednu dobu: &quot;C4 E4 G4&quot;.</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>Beats a minute (default 120).</source>
        <translation>Dob za minutu (výchozí 120).</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>One of: %1 (default xylophone).</source>
        <translation>Jeden z nástrojů: %1 (výchozí xylophone).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SoundFont file (default: the system&apos;s).</source>
        <translation>Soubor SoundFont (výchozí: systémový).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The tempo must be a number from 20 to 400 beats a minute.</source>
        <translation>Tempo musí být číslo od 20 do 400 dob za minutu.</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;; choose one of: %2.</source>
        <translation>Neznámý nástroj „%1“; vyberte jeden z: %2.</translation>
    </message>
    <message>
        <source>Render what this exercise plays.</source>
        <translation>Převést do zvuku to, co hraje toto cvičení.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The WAV file to write.</source>
        <translation>Soubor WAV, který se má zapsat.</translation>
    </message>
    <message>
        <source>Renders notes or an exercise&apos;s sound to a WAV file, with the same engine as the app and no sound device.</source>
        <translation>Převede noty nebo zvuk cvičení do souboru WAV stejným zvukovým jádrem jako aplikace, bez zvukového zařízení.</translation>
    </message>
    <message>
        <source>--wav FILE is required.</source>
        <translation>volba --wav FILE je povinná.</translation>
    </message>
    <message>
        <source>Give either --notes or --exercise.</source>
        <translation>Zadejte buď --notes, nebo --exercise.</translation>
    </message>
    <message>
        <source>A saved melody (artifact id).</source>
        <translation>Uložená melodie (id uložené práce).</translation>
    </message>
    <message>
        <source>The MIDI file to write.</source>
        <translation>Soubor MIDI, který se má zapsat.</translation>
    </message>
    <message>
        <source>Exports notes or a pupil&apos;s saved melody as a Standard MIDI File.</source>
        <translation>Exportuje noty nebo uloženou melodii žáka jako standardní soubor MIDI.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>volba --out FILE je povinná.</translation>
    </message>
    <message>
        <source>Give either --notes or --artifact.</source>
        <translation>Zadejte buď --notes, nebo --artifact.</translation>
    </message>
    <message>
        <source>The saved work %1 (%2) is not a melody.</source>
        <translation>Uložená práce %1 (%2) není melodie.</translation>
    </message>
    <message>
        <source>Onsets.</source>
        <translation>Počet úderů.</translation>
    </message>
    <message>
        <source>Steps.</source>
        <translation>Počet kroků.</translation>
    </message>
    <message>
        <source>Prints the Euclidean rhythm E(K,N) (Bjorklund&apos;s algorithm).</source>
        <translation>Vypíše euklidovský rytmus E(K,N) (Bjorklundův algoritmus).</translation>
    </message>
    <message>
        <source>K and N must be whole numbers.</source>
        <translation>K a N musí být celá čísla.</translation>
    </message>
    <message>
        <source>Lists the named traditional rhythms that are Euclidean.</source>
        <translation>Vypíše pojmenované tradiční rytmy, které jsou euklidovské.</translation>
    </message>
    <message>
        <source>SoundFont file to check.</source>
        <translation>Soubor SoundFont ke kontrole.</translation>
    </message>
    <message>
        <source>Buffer to ask the device for (default 10).</source>
        <translation>Vyrovnávací paměť, o kterou se má zařízení požádat (výchozí 10).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Also play a short arpeggio on the device.</source>
        <translation>Na zařízení také zahrát krátké arpeggio.</translation>
    </message>
    <message>
        <source>Checks the SoundFont and the sound device and reports the latency the device grants.</source>
        <translation>Zkontroluje SoundFont a zvukové zařízení a ohlásí latenci, kterou zařízení poskytne.</translation>
    </message>
    <message>
        <source>SoundFont: not available. %1</source>
        <translation>SoundFont: není k dispozici. %1</translation>
    </message>
    <message>
        <source>SoundFont: %1</source>
        <translation>SoundFont: %1</translation>
    </message>
    <message>
        <source>Sound outputs: %1</source>
        <translation>Zvukové výstupy: %1</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (výchozí)</translation>
    </message>
    <message>
        <source>Live sound: not available. %1</source>
        <translation>Živý zvuk: není k dispozici. %1</translation>
    </message>
    <message>
        <source>Live sound: %1, asked for %2 ms, the device granted %3 ms.</source>
        <translation>Živý zvuk: %1, vyžádáno %2 ms, zařízení poskytlo %3 ms.</translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;; &quot;stagesctl exercises list --domain music&quot; shows the music ones.</source>
        <translation>Cvičení „%1“ neexistuje; hudební cvičení vypíše „stagesctl exercises list --domain music“.</translation>
    </message>
    <message>
        <source>The saved work %1 is not music (it uses &quot;%2&quot;).</source>
        <translation>Uložená práce %1 není hudba (používá „%2“).</translation>
    </message>
    <message>
        <source>The saved work %1 has no notes.</source>
        <translation>Uložená práce %1 neobsahuje žádné noty.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n note(s), %2 s at %3 Hz (%4, %5 BPM).</source>
        <extracomment>%n notes, %2 seconds (a decimal number), %3 sample rate, %4 instrument, %5 tempo</extracomment>
        <translation>
            <numerusform>Zapsáno %1: %n nota, %2 s při %3 Hz (%4, %5 BPM).</numerusform>
            <numerusform>Zapsáno %1: %n noty, %2 s při %3 Hz (%4, %5 BPM).</numerusform>
            <numerusform>Zapsáno %1: %n not, %2 s při %3 Hz (%4, %5 BPM).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n note(s) at %2 BPM.</source>
        <translation>
            <numerusform>Zapsáno %1: %n nota v tempu %2 BPM.</numerusform>
            <numerusform>Zapsáno %1: %n noty v tempu %2 BPM.</numerusform>
            <numerusform>Zapsáno %1: %n not v tempu %2 BPM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved work %1: %2</source>
        <extracomment>%1 an artifact id, %2 why it cannot be read (&quot;This work is no longer there.&quot;)</extracomment>
        <translation>Uložené dílo %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::cli::ProgrammeCommand</name>
    <message>
        <source>The training programmes for educators and what they require.</source>
        <translation>Vzdělávací programy pro vzdělavatele a jejich požadavky.</translation>
    </message>
    <message>
        <source>list [--json]                every programme</source>
        <translation>list [--json]                všechny programy</translation>
    </message>
    <message>
        <source>show NAME [--json]           one programme&apos;s requirements with kind and amount</source>
        <translation>show NAME [--json]           požadavky jednoho programu s druhem a rozsahem</translation>
    </message>
    <message>
        <source>%1: %2 hours</source>
        <extracomment>%1 the requirement&apos;s title, %2 a number of hours</extracomment>
        <translation>%1: počet hodin %2</translation>
    </message>
    <message>
        <source>%1: %2 weeks</source>
        <translation>%1: počet týdnů %2</translation>
    </message>
    <message>
        <source>%1: %2 lessons, average at least %3 (rubric: %4)</source>
        <extracomment>%1 the requirement&apos;s title, %2 how many lessons, %3 the average score (1 to 4) they need</extracomment>
        <translation>%1: počet hospitací %2, průměr alespoň %3 (hodnoticí kritéria: %4)</translation>
    </message>
    <message>
        <source>%1: %2 items</source>
        <translation>%1: počet položek %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Lists the training programmes.</source>
        <translation>Vypíše vzdělávací programy.</translation>
    </message>
    <message>
        <source>level %1</source>
        <extracomment>one programme per line: id, name, level, validity</extracomment>
        <translation>úroveň %1</translation>
    </message>
    <message numerus="yes">
        <source>valid %n year(s)</source>
        <translation>
            <numerusform>platí %n rok</numerusform>
            <numerusform>platí %n roky</numerusform>
            <numerusform>platí %n let</numerusform>
        </translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>platí neomezeně</translation>
    </message>
    <message>
        <source>The programme&apos;s id or name, e.g. stages-teacher.</source>
        <translation>Id nebo název programu, např. stages-teacher.</translation>
    </message>
    <message>
        <source>Shows what a programme requires.</source>
        <translation>Zobrazí požadavky programu.</translation>
    </message>
    <message>
        <source>%1 (%2), level %3</source>
        <extracomment>%1 the programme&apos;s name, %2 its id, %3 its level</extracomment>
        <translation>%1 (%2), úroveň %3</translation>
    </message>
    <message>
        <source>Needs a valid certificate of %1.</source>
        <translation>Vyžaduje platný certifikát programu %1.</translation>
    </message>
    <message>
        <source>save FILE --as ADMIN         an administrator&apos;s edit, in the JSON that show prints</source>
        <translation>save FILE --as ADMIN         úprava správcem, v JSON, který vypíše show</translation>
    </message>
    <message>
        <source>The programme as JSON, as `programme show NAME --json` prints it.</source>
        <translation>Program jako JSON, tak jak ho vypíše `programme show NAME --json`.</translation>
    </message>
    <message>
        <source>Saves an administrator&apos;s edit of a training programme.</source>
        <translation>Uloží úpravu vzdělávacího programu provedenou správcem.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Soubor %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at byte %3.</source>
        <extracomment>%1 the file, %2 the parser&apos;s message, %3 the byte where it stopped</extracomment>
        <translation>%1 není objekt JSON: %2 na bajtu %3.</translation>
    </message>
</context>
<context>
    <name>stages::cli::PupilCommand</name>
    <message>
        <source>export --pupil ID --out FILE.json [--pdf FILE.pdf]   everything stored about the pupil</source>
        <translation>export --pupil ID --out SOUBOR.json [--pdf SOUBOR.pdf]   vše, co je o žákovi uloženo</translation>
    </message>
    <message>
        <source>erase --pupil ID --yes   delete the pupil and all their data for good</source>
        <translation>erase --pupil ID --yes   trvale smazat žáka a všechna jeho data</translation>
    </message>
    <message>
        <source>The pupil&apos;s id (&quot;stagesctl user list&quot; shows it).</source>
        <translation>Id žáka (ukáže ho „stagesctl user list“).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Soubor JSON, který se zapíše.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>Also write a readable summary as PDF.</source>
        <translation>Zapsat také čitelné shrnutí jako PDF.</translation>
    </message>
    <message>
        <source>Writes everything Stages stores about one pupil into one JSON file (and, with --pdf, a summary for parents). Picture passwords are not exported.</source>
        <translation>Zapíše vše, co Stages o jednom žákovi uchovává, do jednoho souboru JSON (a s --pdf i shrnutí pro rodiče). Obrázková hesla se nevyvážejí.</translation>
    </message>
    <message>
        <source>--pupil and --out are required.</source>
        <translation>--pupil a --out jsou povinné.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphics libraries, which could not be started.</source>
        <translation>Zápis PDF potřebuje grafické knihovny, které nešlo spustit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapsáno %1.</translation>
    </message>
    <message>
        <source>Confirm: the data cannot be brought back.</source>
        <translation>Potvrzení: data nepůjde vrátit.</translation>
    </message>
    <message>
        <source>Deletes the pupil with every answer, level, piece of work and comment. The audit log keeps only that an erase happened, when and by whom.</source>
        <translation>Smaže žáka se všemi odpověďmi, úrovněmi, díly a komentáři. Auditní záznam uchová jen to, že ke smazání došlo, kdy a kdo ho provedl.</translation>
    </message>
    <message>
        <source>--pupil is required.</source>
        <translation>--pupil je povinné.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone; add --yes to confirm (export the data first if the parents want a copy).</source>
        <translation>Smazání nejde vrátit; potvrďte ho volbou --yes (chtějí-li rodiče kopii, nejdřív data vyvezte).</translation>
    </message>
    <message>
        <source>Erased the pupil %1 and all their data.</source>
        <translation>Žák %1 a všechna jeho data jsou smazána.</translation>
    </message>
    <message>
        <source>Export or erase everything stored about a pupil; print a class&apos;s sign-in cards.</source>
        <translation>Export nebo smazání všeho, co je o žákovi uloženo; tisk přihlašovacích kartiček třídy.</translation>
    </message>
    <message>
        <source>cards --class NAME --out FILE.pdf --new-pictures   new picture passwords for a class, as printable cards</source>
        <translation>cards --class NAME --out FILE.pdf --new-pictures   nová obrázková hesla pro třídu jako kartičky k tisku</translation>
    </message>
    <message>
        <source>The class&apos;s name.</source>
        <translation>Název třídy.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Soubor PDF, který se má zapsat.</translation>
    </message>
    <message>
        <source>Confirm: every pupil of the class gets new pictures.</source>
        <translation>Potvrzení: každý žák třídy dostane nové obrázky.</translation>
    </message>
    <message>
        <source>Gives every pupil of a class a new picture password and writes their sign-in cards (avatar, name, class and the three pictures in order) as an A4 PDF.</source>
        <translation>Dá každému žákovi třídy nové obrázkové heslo a zapíše přihlašovací kartičky (obrázek žáka, jméno, třída a tři obrázky hesla v pořadí) jako PDF ve formátu A4.</translation>
    </message>
    <message>
        <source>--class and --out are required.</source>
        <translation>Volby --class a --out jsou povinné.</translation>
    </message>
    <message>
        <source>Picture passwords are stored only as hashes, so the old pictures cannot be printed. Add --new-pictures to give every pupil of the class new pictures and print those; their old pictures stop working.</source>
        <translation>Obrázková hesla se ukládají jen jako jednosměrné otisky, takže staré obrázky nelze vytisknout. Přidejte --new-pictures: každý žák třídy dostane nové obrázky a ty se vytisknou; staré obrázky přestanou fungovat.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nelze zapsat %1.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>Třída „%1“ neexistuje.</translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) of %1 have new pictures, but the cards could not be written: %2 Run this again to make new ones.</source>
        <translation>
            <numerusform>%n žák třídy %1 má nové obrázky, ale kartičku se nepodařilo zapsat: %2 Spusťte příkaz znovu a vytvořte nové.</numerusform>
            <numerusform>%n žáci třídy %1 mají nové obrázky, ale kartičky se nepodařilo zapsat: %2 Spusťte příkaz znovu a vytvořte nové.</numerusform>
            <numerusform>%n žáků třídy %1 má nové obrázky, ale kartičky se nepodařilo zapsat: %2 Spusťte příkaz znovu a vytvořte nové.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) of %1 have new pictures; their cards are in %2.</source>
        <translation>
            <numerusform>%n žák třídy %1 má nové obrázky; kartička je v souboru %2.</numerusform>
            <numerusform>%n žáci třídy %1 mají nové obrázky; kartičky jsou v souboru %2.</numerusform>
            <numerusform>%n žáků třídy %1 má nové obrázky; kartičky jsou v souboru %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::SchoolCommand</name>
    <message>
        <source>Set up the school (what the first-run wizard does).</source>
        <translation>Založit školu (totéž co průvodce při prvním spuštění).</translation>
    </message>
    <message>
        <source>init --name NAME --admin-name NAME --admin-login LOGIN --password-stdin   the school and its first administrator</source>
        <translation>init --name NÁZEV --admin-name JMÉNO --admin-login LOGIN --password-stdin   škola a její první správce</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>Název školy.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>The administrator&apos;s display name.</source>
        <translation>Zobrazované jméno správce.</translation>
    </message>
    <message>
        <source>The administrator&apos;s login.</source>
        <translation>Přihlašovací jméno správce.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from standard input.</source>
        <translation>Načíst heslo správce ze standardního vstupu.</translation>
    </message>
    <message>
        <source>Creates the school and its first administrator in one step, as the setup wizard does. Refuses a database that already holds a school.</source>
        <translation>Založí školu a jejího prvního správce v jednom kroku, jako to dělá průvodce. Odmítne databázi, která už školu obsahuje.</translation>
    </message>
    <message>
        <source>--name, --admin-name and --admin-login are required.</source>
        <translation>--name, --admin-name a --admin-login jsou povinné.</translation>
    </message>
    <message>
        <source>The administrator needs a password: pass --password-stdin and type it on standard input.</source>
        <translation>Správce potřebuje heslo: použijte --password-stdin a zadejte ho na standardní vstup.</translation>
    </message>
    <message>
        <source>Set up the school %1 with the administrator %2 (login %3).</source>
        <extracomment>%1 school name, %2 administrator&apos;s name, %3 login</extracomment>
        <translation>Založena škola %1 se správcem %2 (login %3).</translation>
    </message>
    <message>
        <source>The school is set up, but its signing key could not be made (it is made at the administrator&apos;s next sign-in): %1</source>
        <translation>Škola je nastavená, ale její podpisový klíč se nepodařilo vytvořit (vytvoří se při příštím přihlášení administrátora): %1</translation>
    </message>
</context>
<context>
    <name>stages::cli::ServerLogin</name>
    <message>
        <source>The school server %1 asks for a password, and there is no terminal to type it in. Set PGPASSWORD, or add a line HOST:PORT:DATABASE:USER:PASSWORD to ~/.pgpass (readable only by you), or store the password on this PC on the app&apos;s &quot;School server&quot; page (administrators).</source>
        <translation>Školní server %1 žádá heslo a není terminál, do kterého by šlo napsat. Nastavte PGPASSWORD, nebo přidejte do ~/.pgpass (čitelného jen pro vás) řádek POČÍTAČ:PORT:DATABÁZE:UŽIVATEL:HESLO, nebo heslo uložte na tomto počítači na stránce „Školní server“ v aplikaci (správci).</translation>
    </message>
    <message>
        <source>Password for the school server %1: </source>
        <extracomment>prompt on the terminal; the typing is not shown. %1 is the server&apos;s address</extracomment>
        <translation>Heslo pro školní server %1: </translation>
    </message>
    <message>
        <source>No password was typed; nothing was done.</source>
        <translation>Nebylo napsáno žádné heslo; nic se neprovedlo.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password typed.</source>
        <translation>Školní server %1 odmítl napsané heslo.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password in PGPASSWORD.</source>
        <translation>Školní server %1 odmítl heslo z PGPASSWORD.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password stored on this PC. An administrator stores the new one on the app&apos;s &quot;School server&quot; page, or set PGPASSWORD.</source>
        <translation>Školní server %1 odmítl heslo uložené na tomto počítači. Správce uloží nové na stránce „Školní server“ v aplikaci, nebo nastavte PGPASSWORD.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password in ~/.pgpass.</source>
        <translation>Školní server %1 odmítl heslo z ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>stages::cli::SyncCommand</name>
    <message>
        <source>This PC&apos;s outbox and the school server.</source>
        <translation>Odchozí fronta tohoto počítače a školní server.</translation>
    </message>
    <message>
        <source>status [--json]   changes waiting, last push and pull, whether the server answers</source>
        <translation>status [--json]   změny čekající na odeslání, poslední odeslání a příjem, zda server odpovídá</translation>
    </message>
    <message>
        <source>push              send every waiting change now (exit 0 when none is left)</source>
        <translation>push              odešle hned všechny čekající změny (návratový kód 0, když žádná nezbude)</translation>
    </message>
    <message>
        <source>pull              bring what other PCs saved into this PC&apos;s cache</source>
        <translation>pull              přenese do mezipaměti tohoto počítače, co uložily jiné počítače</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypíše JSON.</translation>
    </message>
    <message>
        <source>--db must be a school server (postgresql://USER@HOST:PORT/DBNAME): a local database has nothing to send.</source>
        <translation>--db musí být školní server (postgresql://UŽIVATEL@POČÍTAČ:PORT/DATABÁZE): místní databáze nemá co odeslat.</translation>
    </message>
    <message>
        <source>%1 changes are still waiting: %2</source>
        <translation>Změny čekající na odeslání: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s); nothing is waiting.</source>
        <translation>
            <numerusform>Odeslána %n změna; nic nečeká.</numerusform>
            <numerusform>Odeslány %n změny; nic nečeká.</numerusform>
            <numerusform>Odesláno %n změn; nic nečeká.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n row(s).</source>
        <translation>
            <numerusform>Přijat %n řádek.</numerusform>
            <numerusform>Přijaty %n řádky.</numerusform>
            <numerusform>Přijato %n řádků.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Čeká na odeslání: %1</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>odpovídá</translation>
    </message>
    <message>
        <source>does not answer: %1</source>
        <translation>neodpovídá: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Naposledy odesláno: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Naposledy přijato: %1</translation>
    </message>
    <message>
        <source>export --out FILE [--forget]   write this PC&apos;s waiting changes into a bundle for a USB stick</source>
        <translation>export --out SOUBOR [--forget]   zapíše čekající změny tohoto počítače do balíčku pro flash disk</translation>
    </message>
    <message>
        <source>import FILE       apply a bundle to the school server (--db); twice changes nothing</source>
        <translation>import SOUBOR     použije balíček na školní server (--db); podruhé nic nezmění</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Soubor balíčku, který se má zapsat.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>Take the exported changes out of this PC&apos;s queue. Without it they stay queued, and a later push sends them again, which changes nothing.</source>
        <translation>Vyjme exportované změny z fronty tohoto počítače. Bez toho zůstanou ve frontě a pozdější odeslání je pošle znovu, což nic nezmění.</translation>
    </message>
    <message>
        <source>Writes the changes waiting on this PC (--local-cache) into one file, for a PC without network: carry it to the school server and run &quot;stagesctl --db URL sync import FILE&quot; there.</source>
        <translation>Zapíše změny čekající na tomto počítači (--local-cache) do jednoho souboru pro počítač bez sítě: přeneste ho ke školnímu serveru a spusťte tam „stagesctl --db URL sync import SOUBOR“.</translation>
    </message>
    <message>
        <source>--out FILE is needed: where to write the bundle.</source>
        <translation>Je potřeba --out SOUBOR: kam balíček zapsat.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>The bundle is written, but its changes are still queued: %1</source>
        <translation>Balíček je zapsán, ale jeho změny jsou stále ve frontě: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1; they left this PC&apos;s queue.</source>
        <extracomment>%n changes, %1 the file</extracomment>
        <translation>
            <numerusform>Do %1 zapsána %n změna; opustila frontu tohoto počítače.</numerusform>
            <numerusform>Do %1 zapsány %n změny; opustily frontu tohoto počítače.</numerusform>
            <numerusform>Do %1 zapsáno %n změn; opustily frontu tohoto počítače.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1. They stay queued here: a later push sends them again, which changes nothing.</source>
        <extracomment>%n changes, %1 the file</extracomment>
        <translation>
            <numerusform>Do %1 zapsána %n změna. Zůstává tu ve frontě: pozdější odeslání ji pošle znovu, což nic nezmění.</numerusform>
            <numerusform>Do %1 zapsány %n změny. Zůstávají tu ve frontě: pozdější odeslání je pošle znovu, což nic nezmění.</numerusform>
            <numerusform>Do %1 zapsáno %n změn. Zůstávají tu ve frontě: pozdější odeslání je pošle znovu, což nic nezmění.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle written by &quot;sync export&quot;.</source>
        <translation>Balíček zapsaný příkazem „sync export“.</translation>
    </message>
    <message>
        <source>Applies a bundle from a PC without network to the school server (--db), in one transaction: all of it or nothing. Importing it again changes nothing.</source>
        <translation>Použije balíček z počítače bez sítě na školní server (--db) v jediné transakci: buď celý, nebo nic. Opakovaný import nic nezmění.</translation>
    </message>
    <message>
        <source>--db must be the school server (postgresql://USER@HOST:PORT/DBNAME) that the bundle goes to.</source>
        <translation>--db musí být školní server (postgresql://UŽIVATEL@POČÍTAČ:PORT/DATABÁZE), kam balíček patří.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Nelze přečíst %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 row(s) written, %3 deletion(s), %4 row(s) of erased pupils left out.</source>
        <extracomment>Summary of &quot;sync import&quot;: %1 rows written, %2 deletions, %3 rows of erased pupils left out</extracomment>
        <translation>Importováno %1: zapsané řádky: %2, smazání: %3, vynechané řádky vymazaných žáků: %4.</translation>
    </message>
    <message>
        <source>Changed after a clash with another PC (%1): %2</source>
        <extracomment>A line of &quot;sync status&quot;: %1 when, %2 what was renamed after two PCs clashed</extracomment>
        <translation>Změněno po střetu s jiným počítačem (%1): %2</translation>
    </message>
    <message>
        <source>Changed after a clash with another PC: %1</source>
        <extracomment>A line of &quot;sync import&quot; for a row kept under another name after a clash: %1 what happened</extracomment>
        <translation>Změněno po střetu s jiným počítačem: %1</translation>
    </message>
    <message>
        <source>Only rows with a sync number above N (default: everything).</source>
        <translation>Jen řádky s číslem synchronizace nad N (výchozí: vše).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Writes the school server&apos;s shared rows and deletions (--db) into one file, for a PC without network: run &quot;stagesctl --local-cache PATH sync import FILE&quot; there.</source>
        <translation>Zapíše sdílené řádky a smazání školního serveru (--db) do jednoho souboru pro počítač bez sítě: tam spusťte „stagesctl --local-cache CESTA sync import SOUBOR“.</translation>
    </message>
    <message>
        <source>--since needs a whole number of 0 or more.</source>
        <translation>--since potřebuje celé číslo 0 nebo větší.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) and deletion(s) of the server to %1 (up to sync number %2).</source>
        <extracomment>%n rows and deletions, %1 the file, %2 the highest sync number in it</extracomment>
        <translation>
            <numerusform>Do %1 zapsána %n položka serveru (řádek nebo smazání; až po číslo synchronizace %2).</numerusform>
            <numerusform>Do %1 zapsány %n položky serveru (řádky a smazání; až po číslo synchronizace %2).</numerusform>
            <numerusform>Do %1 zapsáno %n položek serveru (řádků a smazání; až po číslo synchronizace %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the cache of a school server: set the PC up for the server first.</source>
        <translation>%1 není mezipaměť školního serveru: nejprve počítač nastavte pro server.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n row(s) from the school server.</source>
        <translation>
            <numerusform>Importováno %1: %n řádek ze školního serveru.</numerusform>
            <numerusform>Importováno %1: %n řádky ze školního serveru.</numerusform>
            <numerusform>Importováno %1: %n řádků ze školního serveru.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::TrainingCli</name>
    <message>
        <source>Act as this trainer or administrator; their password is read from standard input.</source>
        <translation>Jednat jako tento lektor nebo administrátor; jeho heslo se načte ze standardního vstupu.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <extracomment>prompt on the terminal; the typing is not shown</extracomment>
        <translation>Heslo pro %1: </translation>
    </message>
    <message>
        <source>--as LOGIN is required: this is done by a trainer or administrator, who types their password on standard input.</source>
        <translation>Volba --as LOGIN je povinná: tuto akci provádí lektor nebo administrátor, který zadá své heslo na standardní vstup.</translation>
    </message>
    <message>
        <source>There is no programme &quot;%1&quot;. Programmes: %2.</source>
        <translation>Program „%1“ neexistuje. Programy: %2.</translation>
    </message>
    <message>
        <source>--educator is required (&quot;stagesctl educator list&quot; shows the ids).</source>
        <translation>Volba --educator je povinná (id ukáže „stagesctl educator list“).</translation>
    </message>
    <message>
        <source>There is no educator &quot;%1&quot; (&quot;stagesctl educator list&quot; shows them).</source>
        <translation>Vzdělavatel „%1“ neexistuje (vypíše je „stagesctl educator list“).</translation>
    </message>
    <message numerus="yes">
        <source>%n educator(s) are called &quot;%1&quot;; give the id (&quot;stagesctl educator list&quot; shows it).</source>
        <translation>
            <numerusform>%n vzdělavatel se jmenuje „%1“; zadejte id (ukáže ho „stagesctl educator list“).</numerusform>
            <numerusform>%n vzdělavatelé se jmenují „%1“; zadejte id (ukáže ho „stagesctl educator list“).</numerusform>
            <numerusform>%n vzdělavatelů se jmenuje „%1“; zadejte id (ukáže ho „stagesctl educator list“).</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 bere den ve tvaru YYYY-MM-DD, ne „%2“.</translation>
    </message>
</context>
<context>
    <name>stages::cli::UserCommand</name>
    <message>
        <source>Manage pupils, teachers, trainers and administrators.</source>
        <translation>Správa žáků, učitelů, lektorů a správců.</translation>
    </message>
    <message>
        <source>list [--role ROLE] [--json]</source>
        <translation>list [--role ROLE] [--json]</translation>
    </message>
    <message>
        <source>pupil, teacher, trainer or admin.</source>
        <translation>pupil, teacher, trainer nebo admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Zobrazované jméno.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The pupil&apos;s class.</source>
        <translation>Třída žáka.</translation>
    </message>
    <message>
        <source>Staff login (default: made from the name).</source>
        <translation>Přihlašovací jméno pracovníka (výchozí: odvozené ze jména).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pupil&apos;s picture password: three different pictures 0-8 in order.</source>
        <translation>Obrázkové heslo žáka: tři různé obrázky 0-8 v daném pořadí.</translation>
    </message>
    <message>
        <source>A,B,C</source>
        <translation>A,B,C</translation>
    </message>
    <message>
        <source>Read the staff password from standard input.</source>
        <translation>Načíst heslo pracovníka ze standardního vstupu.</translation>
    </message>
    <message>
        <source>Adds a person to the school.</source>
        <translation>Přidá do školy osobu.</translation>
    </message>
    <message>
        <source>--role must be pupil, teacher, trainer or admin.</source>
        <translation>--role musí být pupil, teacher, trainer nebo admin.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>volba --name je povinná.</translation>
    </message>
    <message>
        <source>Staff need a password: pass --password-stdin and type it on standard input.</source>
        <translation>Pracovníci potřebují heslo: použijte --password-stdin a zadejte ho na standardní vstup.</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>Jen tato role.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Vypsat jako JSON.</translation>
    </message>
    <message>
        <source>Lists the people of the school.</source>
        <translation>Vypíše osoby ve škole.</translation>
    </message>
    <message>
        <source>Added %2 (%1) with login %3 (%4).</source>
        <translation>Přidán uživatel %2 (%1) s přihlašovacím jménem %3 (%4).</translation>
    </message>
    <message>
        <source>add --role ROLE --name NAME [--class NAME] [--login L] [--password-stdin] [--pictures 1,5,7] [--avatar N]</source>
        <translation>add --role ROLE --name JMÉNO [--class NÁZEV] [--login L] [--password-stdin] [--pictures 1,5,7] [--avatar N]</translation>
    </message>
    <message>
        <source>set-avatar --id ID --avatar N</source>
        <translation>set-avatar --id ID --avatar N</translation>
    </message>
    <message>
        <source>Pupil&apos;s avatar picture, 0-%1 (default: one nobody in the class has yet).</source>
        <translation>Obrázek žáka, 0–%1 (výchozí: takový, který ve třídě ještě nikdo nemá).</translation>
    </message>
    <message>
        <source>--avatar takes a whole number.</source>
        <translation>--avatar potřebuje celé číslo.</translation>
    </message>
    <message>
        <source>Added pupil %1 to %2 (%3), picture password %4, avatar %5.</source>
        <extracomment>%4 is the picture password in words, e.g. &quot;Sun, Fish, Tree&quot;; %5 the avatar&apos;s number</extracomment>
        <translation>Žák %1 přidán do %2 (%3), obrázkové heslo %4, obrázek %5.</translation>
    </message>
    <message>
        <source>The pupil&apos;s id (see user list).</source>
        <translation>Id žáka (viz user list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The avatar picture, 0-%1.</source>
        <translation>Obrázek žáka, 0–%1.</translation>
    </message>
    <message>
        <source>Gives a pupil another avatar.</source>
        <translation>Dá žákovi jiný obrázek.</translation>
    </message>
    <message>
        <source>--id and --avatar (a whole number) are required.</source>
        <translation>Je třeba zadat --id a --avatar (celé číslo).</translation>
    </message>
    <message>
        <source>Avatar %1 given to %2.</source>
        <translation>Obrázek %1 přidělen žákovi %2.</translation>
    </message>
    <message>
        <source>--pictures takes three different picture numbers from 0 to %1 separated by commas, e.g. 1,5,7; &quot;%2&quot; is not a number.</source>
        <translation>--pictures bere tři různá čísla obrázků od 0 do %1 oddělená čárkami, např. 1,5,7; „%2“ není číslo.</translation>
    </message>
    <message>
        <source>passwd LOGIN</source>
        <translation>passwd LOGIN</translation>
    </message>
    <message>
        <source>The staff member&apos;s login.</source>
        <translation>Přihlašovací jméno zaměstnance.</translation>
    </message>
    <message>
        <source>Changes a staff member&apos;s password: reads the current password, then the new one, one per line from standard input. Their copy of the signing key follows.</source>
        <translation>Změní heslo zaměstnance: ze standardního vstupu načte současné heslo a pak nové, každé na jednom řádku. Jeho kopie podpisového klíče se převede na nové heslo.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Heslo uživatele %1 bylo změněno.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::BarShapeView</name>
    <message>
        <source>The bar made of pieces</source>
        <extracomment>The picture beside a row of pieces: the bar those pieces make, laid end to end</extracomment>
        <translation>Tyčka složená z dílků</translation>
    </message>
</context>
<context>
    <name>stages::geometry::ChordsShapeView</name>
    <message>
        <source>The triangle between the points</source>
        <extracomment>The picture beside a row of three points: the triangle they make</extracomment>
        <translation>Trojúhelník mezi body</translation>
    </message>
    <message>
        <source>The line between the points</source>
        <translation>Čára mezi body</translation>
    </message>
</context>
<context>
    <name>stages::geometry::ColouringShapeView</name>
    <message>
        <source>The coloured wheel</source>
        <extracomment>The picture beside a ring of colours: a wheel whose parts take those colours</extracomment>
        <translation>Barevné kolo</translation>
    </message>
    <message>
        <source>The coloured flower</source>
        <extracomment>The picture beside a ring of colours: a flower whose petals take those colours</extracomment>
        <translation>Barevná květina</translation>
    </message>
    <message>
        <source>The polygon with coloured sides</source>
        <extracomment>The picture beside a ring of colours: a polygon whose sides take those colours</extracomment>
        <translation>Mnohoúhelník s barevnými stranami</translation>
    </message>
</context>
<context>
    <name>stages::geometry::CreateDrawingScreen</name>
    <message>
        <source>Draw a line</source>
        <translation>Nakreslit čáru</translation>
    </message>
    <message>
        <source>Fill</source>
        <extracomment>Drawing tool: colour the inside of a shape</extracomment>
        <translation>Vybarvit</translation>
    </message>
    <message>
        <source>Rub out</source>
        <translation>Vygumovat</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Drawing tool: join two points with a line</extracomment>
        <translation>Čára</translation>
    </message>
    <message>
        <source>Triangle</source>
        <extracomment>Drawing tool: stamp a triangle through the tapped point</extracomment>
        <translation>Trojúhelník</translation>
    </message>
    <message>
        <source>Square</source>
        <extracomment>Drawing tool: stamp a square through the tapped point</extracomment>
        <translation>Čtverec</translation>
    </message>
    <message>
        <source>Star</source>
        <extracomment>Drawing tool: stamp a star through all the points</extracomment>
        <translation>Hvězda</translation>
    </message>
    <message>
        <source>Rubber</source>
        <extracomment>Drawing tool: rub a line out</extracomment>
        <translation>Guma</translation>
    </message>
    <message>
        <source>Blue</source>
        <extracomment>Colour names of the drawing palette (for screen readers and tooltips)</extracomment>
        <translation>Modrá</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Červená</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Zelená</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Žlutá</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Fialová</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranžová</translation>
    </message>
    <message>
        <source>No mirror</source>
        <extracomment>Symmetry choice in the drawing: lines are not repeated</extracomment>
        <translation>Bez zrcadla</translation>
    </message>
    <message>
        <source>Mirror</source>
        <extracomment>Symmetry choice: each line is repeated in the mirror line</extracomment>
        <translation>Zrcadlo</translation>
    </message>
    <message>
        <source>Turn</source>
        <extracomment>Symmetry choice: each line is repeated turning round the centre</extracomment>
        <translation>Otočení</translation>
    </message>
    <message numerus="yes">
        <source>Make your own picture with at least %n line(s).</source>
        <extracomment>Create-drawing task; %n is how many lines the picture needs at least</extracomment>
        <translation>
            <numerusform>Nakresli vlastní obrázek, který má aspoň %n čáru.</numerusform>
            <numerusform>Nakresli vlastní obrázek, který má aspoň %n čáry.</numerusform>
            <numerusform>Nakresli vlastní obrázek, který má aspoň %n čar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mirror copies every line.</source>
        <extracomment>Appended to the create-drawing instruction when a mirror line is set</extracomment>
        <translation>Zrcadlo každou čáru zkopíruje.</translation>
    </message>
    <message>
        <source>Every line turns round the middle.</source>
        <translation>Každá čára se otáčí kolem středu.</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Orazítkovat</translation>
    </message>
    <message>
        <source>Lines: %1 / %2</source>
        <extracomment>How many lines the picture has, and how many it needs</extracomment>
        <translation>Čáry: %1 / %2</translation>
    </message>
    <message>
        <source>My drawing, %1</source>
        <extracomment>Title of a pupil&apos;s drawing kept for the teacher; %1 is the date</extracomment>
        <translation>Můj obrázek, %1</translation>
    </message>
    <message>
        <source>What a picture! Your teacher can see it now.</source>
        <extracomment>Create-drawing result</extracomment>
        <translation>To je ale obrázek! Teď ho uvidí i paní učitelka nebo pan učitel.</translation>
    </message>
    <message>
        <source>The red lines have no partner on the other side.</source>
        <extracomment>Create-drawing result: the red lines have no mirror (or turned) partner</extracomment>
        <translation>Červené čáry nemají na druhé straně svou dvojici.</translation>
    </message>
    <message numerus="yes">
        <source>Your picture has %n line(s).</source>
        <translation>
            <numerusform>Tvůj obrázek má %n čáru.</numerusform>
            <numerusform>Tvůj obrázek má %n čáry.</numerusform>
            <numerusform>Tvůj obrázek má %n čar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next time draw at least %n.</source>
        <translation>
            <numerusform>Příště nakresli aspoň %n.</numerusform>
            <numerusform>Příště nakresli aspoň %n.</numerusform>
            <numerusform>Příště nakresli aspoň %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::geometry::DrawScreen</name>
    <message>
        <source>Start again</source>
        <extracomment>Removes every line drawn, to begin again</extracomment>
        <translation>Začni znovu</translation>
    </message>
    <message numerus="yes">
        <source>Join every point to the point %n step(s) further round.</source>
        <extracomment>Draw task: a star polygon; %n is how many points further on each line goes</extracomment>
        <translation>
            <numerusform>Spoj každý bod s bodem, který je o %n krok dál dokola.</numerusform>
            <numerusform>Spoj každý bod s bodem, který je o %n kroky dál dokola.</numerusform>
            <numerusform>Spoj každý bod s bodem, který je o %n kroků dál dokola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw every line between two points that are not next to each other.</source>
        <extracomment>Draw task: every diagonal of the shape made by the points</extracomment>
        <translation>Nakresli všechny čáry mezi dvěma body, které nejsou vedle sebe.</translation>
    </message>
    <message>
        <source>Make every triangle: tap its three corners.</source>
        <extracomment>Draw task: every triangle; the pupil taps three points for each</extracomment>
        <translation>Vytvoř všechny trojúhelníky: u každého klepni na jeho tři rohy.</translation>
    </message>
    <message numerus="yes">
        <source>Draw every line between the %n points.</source>
        <extracomment>Draw task: every line between %n points</extracomment>
        <translation>
            <numerusform>Nakresli všechny čáry mezi tímto %n bodem.</numerusform>
            <numerusform>Nakresli všechny čáry mezi těmito %n body.</numerusform>
            <numerusform>Nakresli všechny čáry mezi těmito %n body.</numerusform>
        </translation>
    </message>
    <message>
        <source>That triangle is already there.</source>
        <translation>Tenhle trojúhelník už tu je.</translation>
    </message>
    <message>
        <source>That line is already there.</source>
        <translation>Tahle čára už tu je.</translation>
    </message>
    <message>
        <source>Triangles: %1</source>
        <extracomment>How many lines (triangles) the pupil has drawn so far</extracomment>
        <translation>Trojúhelníky: %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Čáry: %1</translation>
    </message>
    <message>
        <source>You made %1 of %2 triangles.</source>
        <extracomment>Result of a draw task: %1 lines right out of %2 in the figure</extracomment>
        <translation>Máš hotovo %1 z %2 trojúhelníků.</translation>
    </message>
    <message>
        <source>You drew %1 of %2 lines.</source>
        <translation>Máš nakresleno %1 z %2 čar.</translation>
    </message>
    <message>
        <source>The red crossed lines do not belong.</source>
        <extracomment>Result of a draw task: the red crossed lines were wrong</extracomment>
        <translation>Červené přeškrtnuté čáry sem nepatří.</translation>
    </message>
    <message>
        <source>The dotted blue ones were missing.</source>
        <extracomment>Result of a draw task: the dotted blue lines were missing</extracomment>
        <translation>Modré tečkované čáry ti chyběly.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::Drawing</name>
    <message>
        <source>A drawing needs &quot;points&quot;: a whole number from %1 to %2.</source>
        <extracomment>&quot;points&quot;: how many points the drawing has on its circle</extracomment>
        <translation>Kresba potřebuje „points“: celé číslo od %1 do %2.</translation>
    </message>
    <message>
        <source>Unknown symmetry &quot;%1&quot;: it must be none, mirror or rotation.</source>
        <extracomment>%1 what the file says; none, mirror and rotation are JSON keys, not to translate</extracomment>
        <translation>Neznámá souměrnost „%1“: musí být none, mirror nebo rotation.</translation>
    </message>
    <message>
        <source>&quot;turns&quot; must be a whole number from 2 to %1 that divides %1.</source>
        <translation>Hodnota „turns“ musí být celé číslo od 2 do %1, kterým je %1 dělitelné.</translation>
    </message>
    <message>
        <source>A colour must be written #RRGGBB (&quot;%1&quot;).</source>
        <translation>Barva musí být zapsaná ve tvaru #RRGGBB („%1“).</translation>
    </message>
    <message>
        <source>Stroke %1 must join two different points from 0 to %2.</source>
        <extracomment>%1 the number of a stroke (1, 2, ...), %2 the highest point number</extracomment>
        <translation>Tah %1 musí spojovat dva různé body s čísly od 0 do %2.</translation>
    </message>
    <message>
        <source>Shape %1 must have two or more different corners from 0 to %2.</source>
        <extracomment>%1 the number of a shape (1, 2, ...), %2 the highest point number</extracomment>
        <translation>Tvar %1 musí mít dva nebo více různých vrcholů s čísly od 0 do %2.</translation>
    </message>
    <message>
        <source>&quot;segments&quot; must be a list of lines [a, b].</source>
        <translation>Hodnota „segments“ musí být seznam úseček [a, b].</translation>
    </message>
    <message>
        <source>Line %1 must join two different points from 0 to %2.</source>
        <extracomment>%1 the number of a line (1, 2, ...), %2 the highest point number</extracomment>
        <translation>Úsečka %1 musí spojovat dva různé body s čísly od 0 do %2.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::DrawingArtifactView</name>
    <message>
        <source>The pupil&apos;s drawing</source>
        <extracomment>Accessible name of a pupil&apos;s saved drawing shown to the teacher</extracomment>
        <translation>Kresba žáka</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <extracomment>Button: write the pupil&apos;s drawing to an SVG picture file</extracomment>
        <translation>Uložit jako SVG…</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Uložit kresbu</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>Obrázky SVG (*.svg)</translation>
    </message>
    <message>
        <source>The drawing could not be saved to %1.</source>
        <translation>Kresbu se nepodařilo uložit do souboru %1.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::GeometryParams</name>
    <message>
        <source>Parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Parametr „%1“ musí být celé číslo od %2 do %3.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be one of: %2.</source>
        <translation>Parametr „%1“ musí mít jednu z hodnot: %2.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::GeometryProvider</name>
    <message>
        <source>Turning and flipping</source>
        <translation>Otáčení a překlápění</translation>
    </message>
    <message>
        <source>Finds and counts the different colourings of a wheel, a flower or a polygon when turning (and flipping) it gives the same one.</source>
        <translation>Najde a spočítá různá vybarvení kola, květiny nebo mnohoúhelníku; vybarvení, která po otočení (a překlopení) vypadají stejně, počítá jen jednou.</translation>
    </message>
    <message>
        <source>Lines between points</source>
        <translation>Čáry mezi body</translation>
    </message>
    <message>
        <source>Joins points on a circle in every way, predicts how many lines there are and lists them.</source>
        <translation>Spojí body na kruhu všemi způsoby, odhadne, kolik bude čar, a vypíše je.</translation>
    </message>
    <message>
        <source>Star polygons</source>
        <translation>Hvězdy</translation>
    </message>
    <message>
        <source>Draws a star by joining every second or third point and predicts its shape.</source>
        <translation>Nakreslí hvězdu tak, že spojí každý druhý nebo třetí bod, a odhadne, jak bude vypadat.</translation>
    </message>
    <message>
        <source>How many figures?</source>
        <translation>Kolik tvarů?</translation>
    </message>
    <message>
        <source>Predicts how many separate figures a star splits into, and how many corners each has.</source>
        <translation>Odhadne, na kolik samostatných tvarů se hvězda rozpadne a kolik rohů má každý z nich.</translation>
    </message>
    <message>
        <source>Lines and triangles</source>
        <translation>Čáry a trojúhelníky</translation>
    </message>
    <message>
        <source>Counts the diagonals and triangles of bigger figures without drawing them all.</source>
        <translation>Spočítá úhlopříčky a trojúhelníky větších tvarů, aniž je musí všechny kreslit.</translation>
    </message>
    <message>
        <source>Mirror pictures</source>
        <translation>Zrcadlové obrázky</translation>
    </message>
    <message>
        <source>Completes a picture on a grid from its half and finds its mirror lines.</source>
        <translation>Doplní obrázek na mřížce podle jeho poloviny a najde jeho osy souměrnosti.</translation>
    </message>
    <message>
        <source>Two mirrors and half turns</source>
        <translation>Dvě zrcadla a půl otáčky</translation>
    </message>
    <message>
        <source>Completes pictures with two mirror lines or a centre and counts symmetric pictures.</source>
        <translation>Doplní obrázky se dvěma osami souměrnosti nebo se středem souměrnosti a spočítá souměrné obrázky.</translation>
    </message>
    <message>
        <source>Paths on a grid</source>
        <translation>Cesty na mřížce</translation>
    </message>
    <message>
        <source>Finds every path up and right across a grid and counts them.</source>
        <translation>Najde všechny cesty přes mřížku nahoru a doprava a spočítá je.</translation>
    </message>
    <message>
        <source>Bars from pieces</source>
        <translation>Tyčky z dílků</translation>
    </message>
    <message>
        <source>Builds every bar of a length from pieces one, two and three long.</source>
        <translation>Poskládá všechny tyčky dané délky z dílků délky jedna, dvě a tři.</translation>
    </message>
    <message>
        <source>My own pictures</source>
        <translation>Moje vlastní obrázky</translation>
    </message>
    <message>
        <source>Draws a picture of their own between points on a circle, with a mirror or turning symmetry.</source>
        <translation>Nakreslí vlastní obrázek z čar mezi body na kruhu, souměrný podle osy nebo při otočení.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::GeometrySkins</name>
    <message>
        <source>point %1</source>
        <extracomment>One of the numbered points on a circle that a pupil joins with lines</extracomment>
        <translation>bod %1</translation>
    </message>
    <message>
        <source>points on a circle</source>
        <translation>body na kruhu</translation>
    </message>
    <message>
        <source>a coloured wheel</source>
        <translation>barevné kolo</translation>
    </message>
    <message>
        <source>a coloured flower</source>
        <translation>barevná květina</translation>
    </message>
    <message>
        <source>a polygon with coloured sides</source>
        <translation>mnohoúhelník s barevnými stranami</translation>
    </message>
    <message>
        <source>grid cells</source>
        <translation>políčka mřížky</translation>
    </message>
    <message>
        <source>empty cell</source>
        <translation>prázdné políčko</translation>
    </message>
    <message>
        <source>filled cell</source>
        <translation>vybarvené políčko</translation>
    </message>
    <message numerus="yes">
        <source>piece %n long</source>
        <translation>
            <numerusform>dílek dlouhý %n</numerusform>
            <numerusform>dílek dlouhý %n</numerusform>
            <numerusform>dílek dlouhý %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pieces of a bar</source>
        <translation>dílky tyčky</translation>
    </message>
</context>
<context>
    <name>stages::geometry::PointsCanvas</name>
    <message>
        <source>Points on a circle</source>
        <extracomment>Accessible name of the drawing area with points on a circle</extracomment>
        <translation>Body na kruhu</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a circle. Arrow keys move between them, Space joins them.</source>
        <extracomment>Accessible description of the drawing area; %1 is how many points</extracomment>
        <translation>
            <numerusform>%n bod na kruhu. Šipkami přecházíš mezi body, mezerníkem je spojíš.</numerusform>
            <numerusform>%n body na kruhu. Šipkami přecházíš mezi body, mezerníkem je spojíš.</numerusform>
            <numerusform>%n bodů na kruhu. Šipkami přecházíš mezi body, mezerníkem je spojíš.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point %1</source>
        <extracomment>A point on the circle for a screen reader; %1 is its number (as drawn)</extracomment>
        <translation>Bod %1</translation>
    </message>
</context>
<context>
    <name>stages::geometry::PredictScreen</name>
    <message numerus="yes">
        <source>Join every point to the one %n step(s) further round. How many corners will each figure have?</source>
        <extracomment>Predict task, star polygon; %n is the step. The pupil answers with a number</extracomment>
        <translation>
            <numerusform>Spoj každý bod s tím, který je o %n krok dál dokola. Kolik rohů bude mít každý tvar?</numerusform>
            <numerusform>Spoj každý bod s tím, který je o %n kroky dál dokola. Kolik rohů bude mít každý tvar?</numerusform>
            <numerusform>Spoj každý bod s tím, který je o %n kroků dál dokola. Kolik rohů bude mít každý tvar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Join every point to the one %n step(s) further round. How many lines will you draw?</source>
        <translation>
            <numerusform>Spoj každý bod s tím, který je o %n krok dál dokola. Kolik čar nakreslíš?</numerusform>
            <numerusform>Spoj každý bod s tím, který je o %n kroky dál dokola. Kolik čar nakreslíš?</numerusform>
            <numerusform>Spoj každý bod s tím, který je o %n kroků dál dokola. Kolik čar nakreslíš?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Join every point to the one %n step(s) further round. How many separate figures will you see?</source>
        <translation>
            <numerusform>Spoj každý bod s tím, který je o %n krok dál dokola. Kolik samostatných tvarů uvidíš?</numerusform>
            <numerusform>Spoj každý bod s tím, který je o %n kroky dál dokola. Kolik samostatných tvarů uvidíš?</numerusform>
            <numerusform>Spoj každý bod s tím, který je o %n kroků dál dokola. Kolik samostatných tvarů uvidíš?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many lines can join two of the %n points that are not next to each other?</source>
        <extracomment>Predict task; %n is the number of points</extracomment>
        <translation>
            <numerusform>Kolik čar může spojit dva z %n bodu, které nejsou vedle sebe?</numerusform>
            <numerusform>Kolik čar může spojit dva z %n bodů, které nejsou vedle sebe?</numerusform>
            <numerusform>Kolik čar může spojit dva z %n bodů, které nejsou vedle sebe?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many different triangles can you make with corners on the %n points?</source>
        <translation>
            <numerusform>Kolik různých trojúhelníků můžeš udělat s rohy v %n bodě?</numerusform>
            <numerusform>Kolik různých trojúhelníků můžeš udělat s rohy v %n bodech?</numerusform>
            <numerusform>Kolik různých trojúhelníků můžeš udělat s rohy v %n bodech?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many different lines can join two of the %n points?</source>
        <translation>
            <numerusform>Kolik různých čar může spojit dva z %n bodu?</numerusform>
            <numerusform>Kolik různých čar může spojit dva z %n bodů?</numerusform>
            <numerusform>Kolik různých čar může spojit dva z %n bodů?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n corner(s) in each figure.</source>
        <extracomment>Counted things in a predict result (&quot;There are 3 separate figures.&quot;)</extracomment>
        <translation>
            <numerusform>Každý tvar má %n roh.</numerusform>
            <numerusform>Každý tvar má %n rohy.</numerusform>
            <numerusform>Každý tvar má %n rohů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n line(s).</source>
        <translation>
            <numerusform>Je tam %n čára.</numerusform>
            <numerusform>Jsou tam %n čáry.</numerusform>
            <numerusform>Je tam %n čar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n separate figure(s).</source>
        <translation>
            <numerusform>Je tam %n samostatný tvar.</numerusform>
            <numerusform>Jsou tam %n samostatné tvary.</numerusform>
            <numerusform>Je tam %n samostatných tvarů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n triangle(s).</source>
        <translation>
            <numerusform>Je tam %n trojúhelník.</numerusform>
            <numerusform>Jsou tam %n trojúhelníky.</numerusform>
            <numerusform>Je tam %n trojúhelníků.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n such line(s).</source>
        <translation>
            <numerusform>Je tam %n taková čára.</numerusform>
            <numerusform>Jsou tam %n takové čáry.</numerusform>
            <numerusform>Je tam %n takových čar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, %1! %2</source>
        <extracomment>Predict result: the pupil&apos;s number was right; %1 is the number and the sentence after it</extracomment>
        <translation>Ano, %1! %2</translation>
    </message>
    <message>
        <source>You said %1. %2</source>
        <extracomment>Predict result: %1 is the pupil&apos;s number, %2 the right count sentence</extracomment>
        <translation>Tvůj odhad byl %1. %2</translation>
    </message>
</context>
<context>
    <name>stages::geometry::StarFigureShapeView</name>
    <message>
        <source>The figure on the points of the star</source>
        <extracomment>The picture beside a row of points: the figure of the star those points make</extracomment>
        <translation>Obrazec hvězdy na bodech</translation>
    </message>
</context>
<context>
    <name>stages::geometry::SymmetryFigureShapeView</name>
    <message>
        <source>The picture on the grid</source>
        <extracomment>The picture beside a row of empty and filled cells: those cells as a figure on a grid</extracomment>
        <translation>Obrázek na mřížce</translation>
    </message>
</context>
<context>
    <name>stages::geometry::SymmetryGridWidget</name>
    <message>
        <source>Picture grid</source>
        <extracomment>Accessible name of the grid of squares the pupil fills</extracomment>
        <translation>Mřížka s obrázkem</translation>
    </message>
    <message numerus="yes">
        <source>%n square(s) filled</source>
        <extracomment>Read by a screen reader: how many squares the pupil filled</extracomment>
        <translation>
            <numerusform>%n vybarvené políčko</numerusform>
            <numerusform>%n vybarvená políčka</numerusform>
            <numerusform>%n vybarvených políček</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>A square of the picture grid with no colour, for a screen reader</extracomment>
        <translation>prázdné</translation>
    </message>
    <message>
        <source>given</source>
        <extracomment>A square of the picture grid coloured from the start, for a screen reader</extracomment>
        <translation>dané</translation>
    </message>
    <message>
        <source>filled</source>
        <extracomment>A square of the picture grid the pupil coloured, for a screen reader</extracomment>
        <translation>vybarvené</translation>
    </message>
    <message>
        <source>filled, wrong</source>
        <extracomment>A square the pupil coloured that is not in the picture (result page)</extracomment>
        <translation>vybarvené, špatně</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A square of the picture the pupil did not colour (result page)</extracomment>
        <translation>chybí</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <extracomment>A square of the picture grid for a screen reader: %1 its row, %2 its column (from 1), %3 how it looks</extracomment>
        <translation>Řádek %1, sloupec %2: %3</translation>
    </message>
</context>
<context>
    <name>stages::geometry::SymmetryScreen</name>
    <message>
        <source>Line from top to bottom</source>
        <extracomment>A line from top to bottom through the middle of the picture (accessible name)</extracomment>
        <translation>Čára shora dolů</translation>
    </message>
    <message>
        <source>Line from left to right</source>
        <extracomment>A line from left to right through the middle of the picture (accessible name)</extracomment>
        <translation>Čára zleva doprava</translation>
    </message>
    <message>
        <source>Slanted line from top left</source>
        <extracomment>A slanted line from the top left corner to the bottom right corner (accessible name)</extracomment>
        <translation>Šikmá čára z levého horního rohu</translation>
    </message>
    <message>
        <source>Slanted line from top right</source>
        <extracomment>A slanted line from the top right corner to the bottom left corner (accessible name)</extracomment>
        <translation>Šikmá čára z pravého horního rohu</translation>
    </message>
    <message>
        <source>Start again</source>
        <extracomment>Empties what the pupil did on the grid, to start the exercise again</extracomment>
        <translation>Začni znovu</translation>
    </message>
    <message>
        <source>Finish the picture: it looks the same when you turn it upside down</source>
        <extracomment>complete-symmetry with a centre: the picture must look the same when turned half way round</extracomment>
        <translation>Dokresli obrázek: když ho otočíš vzhůru nohama, bude vypadat stejně</translation>
    </message>
    <message>
        <source>Finish the picture: make it match across both mirror lines</source>
        <extracomment>complete-symmetry with two mirror lines (the pink dashed lines)</extracomment>
        <translation>Dokresli obrázek: ať vypadá stejně na obou stranách každého zrcadla</translation>
    </message>
    <message>
        <source>Finish the picture: make both halves match the mirror</source>
        <extracomment>complete-symmetry with one mirror line (the pink dashed line)</extracomment>
        <translation>Dokresli obrázek: ať jsou obě poloviny jako v zrcadle</translation>
    </message>
    <message>
        <source>Which lines are mirror lines? Tap all of them</source>
        <extracomment>find-mirrors: the pupil picks every line that folds the picture onto itself</extracomment>
        <translation>Které čáry jsou zrcadla? Klepni na všechny</translation>
    </message>
    <message>
        <source>No mirror line</source>
        <extracomment>find-mirrors: the pupil says the picture has no mirror line at all</extracomment>
        <translation>Žádné zrcadlo</translation>
    </message>
    <message>
        <source>Right: this picture has no mirror line.</source>
        <translation>Správně: tenhle obrázek nemá žádné zrcadlo.</translation>
    </message>
    <message>
        <source>This picture has no mirror line.</source>
        <translation>Tenhle obrázek nemá žádné zrcadlo.</translation>
    </message>
    <message numerus="yes">
        <source>You found all %n mirror line(s).</source>
        <translation>
            <numerusform>Máš všechno: %n zrcadlo.</numerusform>
            <numerusform>Máš všechna %n zrcadla.</numerusform>
            <numerusform>Máš všech %n zrcadel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You found %1 of %n mirror line(s).</source>
        <extracomment>%1 lines found of %n mirror lines</extracomment>
        <translation>
            <numerusform>Máš %1 z %n zrcadla.</numerusform>
            <numerusform>Máš %1 z %n zrcadel.</numerusform>
            <numerusform>Máš %1 z %n zrcadel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You filled all %n square(s).</source>
        <translation>
            <numerusform>Máš vybarvené všechno: %n políčko.</numerusform>
            <numerusform>Máš vybarvená všechna %n políčka.</numerusform>
            <numerusform>Máš vybarveno všech %n políček.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You filled %1 of %n square(s).</source>
        <extracomment>%1 squares filled right of %n squares to fill</extracomment>
        <translation>
            <numerusform>Máš vybarveno %1 z %n políčka.</numerusform>
            <numerusform>Máš vybarveno %1 z %n políček.</numerusform>
            <numerusform>Máš vybarveno %1 z %n políček.</numerusform>
        </translation>
    </message>
    <message>
        <source>You missed these</source>
        <extracomment>Result legend beside a dashed square: squares the pupil should have filled</extracomment>
        <translation>Tahle ti utekla</translation>
    </message>
    <message>
        <source>These stay white</source>
        <extracomment>Result legend beside a crossed square: squares that are not part of the picture</extracomment>
        <translation>Tahle zůstanou bílá</translation>
    </message>
    <message>
        <source>You found it</source>
        <extracomment>Result under a mirror line the pupil found</extracomment>
        <translation>Tohle máš</translation>
    </message>
    <message>
        <source>You missed it</source>
        <extracomment>Result under a mirror line the pupil did not pick</extracomment>
        <translation>Tohle ti uteklo</translation>
    </message>
    <message>
        <source>Not a mirror line</source>
        <extracomment>Result under a line that does not fold the picture onto itself</extracomment>
        <translation>Tohle není zrcadlo</translation>
    </message>
</context>
<context>
    <name>stages::geometry::UndoButtons</name>
    <message>
        <source>Undo</source>
        <extracomment>Takes the last change of the drawing back</extracomment>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>Puts back the change Undo took away</extracomment>
        <translation>Znovu provést</translation>
    </message>
</context>
<context>
    <name>stages::movement::KarateArtifactView</name>
    <message>
        <source>Watch it performed</source>
        <extracomment>Teacher&apos;s view of a pupil&apos;s karate combination: a figure performs it</extracomment>
        <translation>Podívat se, jak ji cvičí</translation>
    </message>
</context>
<context>
    <name>stages::movement::KarateRun</name>
    <message>
        <source>My karate combination, %1</source>
        <extracomment>Title of a pupil&apos;s karate combination kept for the teacher; %1 is the date</extracomment>
        <translation>Moje karatistická sestava, %1</translation>
    </message>
</context>
<context>
    <name>stages::movement::KarateScreen</name>
    <message>
        <source>Make your own karate combination!</source>
        <extracomment>Karate combination: the pupil makes one row of moves, then watches a figure perform it</extracomment>
        <translation>Vymysli svoji karatistickou sestavu!</translation>
    </message>
    <message>
        <source>Fill the boxes with moves. Then tap “Watch”!</source>
        <extracomment>Under the karate instruction: what to do once the row is full</extracomment>
        <translation>Doplň do okýnek pohyby. Pak ťukni na „Dívej se“!</translation>
    </message>
    <message>
        <source>No move twice side by side. Then tap “Watch”!</source>
        <extracomment>Under the karate instruction, with the rule the combination must follow</extracomment>
        <translation>Žádný pohyb dvakrát za sebou. Pak ťukni na „Dívej se“!</translation>
    </message>
    <message>
        <source>Empty the row</source>
        <translation>Vyprázdni řadu</translation>
    </message>
    <message>
        <source>Watch</source>
        <extracomment>Button: the figure performs the pupil&apos;s karate combination</extracomment>
        <translation>Dívej se</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>Mám hotovo</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>This one breaks the rule!</source>
        <translation>Tahle pravidlo porušuje!</translation>
    </message>
    <message>
        <source>Your combination, kept for your teacher!</source>
        <extracomment>After finishing a karate combination</extracomment>
        <translation>Tvoje sestava, schovaná pro paní učitelku nebo pana učitele!</translation>
    </message>
    <message>
        <source>Tap “Watch” to see it again.</source>
        <extracomment>After finishing a karate combination: it can be watched again</extracomment>
        <translation>Ťukni na „Dívej se“ a uvidíš ji znovu.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Dobrá práce!</translation>
    </message>
</context>
<context>
    <name>stages::music::ComposeScreen</name>
    <message>
        <source>Make your own tune</source>
        <translation>Slož vlastní melodii</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Zahrát</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Takes the last added order back out of the tune</extracomment>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>That one does not follow the rule. Try another!</source>
        <translation>Tohle nedodržuje pravidlo. Zkus něco jiného!</translation>
    </message>
    <message>
        <source>Your tune: %1 of %2</source>
        <extracomment>How many parts of the tune are made; %1 done, %2 needed</extracomment>
        <translation>Tvoje melodie: %1 z %2</translation>
    </message>
    <message>
        <source>Your tune follows the rule. It is saved for your teacher.</source>
        <translation>Tvoje melodie dodržuje pravidlo. Je uložená pro učitele.</translation>
    </message>
    <message>
        <source>Part of your tune does not follow the rule. It is saved for your teacher.</source>
        <translation>Část tvé melodie nedodržuje pravidlo. Je uložená pro učitele.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Screen reader name of a button that adds these notes to the tune; %1 lists them (&quot;C, E, G&quot;)</extracomment>
        <translation>Přidat %1</translation>
    </message>
</context>
<context>
    <name>stages::music::DrumPadsWidget</name>
    <message>
        <source>Drums</source>
        <translation>Bicí</translation>
    </message>
    <message>
        <source>Kick drum</source>
        <translation>Velký buben</translation>
    </message>
    <message>
        <source>Snare drum</source>
        <translation>Malý buben</translation>
    </message>
    <message>
        <source>Clap</source>
        <translation>Tlesknutí</translation>
    </message>
    <message>
        <source>Hi-hat</source>
        <translation>Hi-hat</translation>
    </message>
    <message>
        <source>Open hi-hat</source>
        <extracomment>The hi-hat cymbals played open: a longer, ringing sound.</extracomment>
        <translation>Otevřený hi-hat</translation>
    </message>
    <message>
        <source>Tom</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>High tom</source>
        <translation>Vysoký tom</translation>
    </message>
    <message>
        <source>Ride cymbal</source>
        <translation>Činel ride</translation>
    </message>
    <message>
        <source>Drum %1</source>
        <extracomment>A drum pad for a General MIDI percussion sound without its own name; %1 is its number.</extracomment>
        <translation>Buben %1</translation>
    </message>
</context>
<context>
    <name>stages::music::DrumSounds</name>
    <message>
        <source>Bass drum</source>
        <translation>Velký buben</translation>
    </message>
    <message>
        <source>Snare drum</source>
        <translation>Malý buben</translation>
    </message>
    <message>
        <source>Closed hi-hat</source>
        <translation>Zavřený hi-hat</translation>
    </message>
    <message>
        <source>Open hi-hat</source>
        <translation>Otevřený hi-hat</translation>
    </message>
    <message>
        <source>Hand clap</source>
        <translation>Tlesknutí</translation>
    </message>
    <message>
        <source>Low tom</source>
        <translation>Nízký tom</translation>
    </message>
    <message>
        <source>High tom</source>
        <translation>Vysoký tom</translation>
    </message>
    <message>
        <source>Ride cymbal</source>
        <translation>Činel ride</translation>
    </message>
</context>
<context>
    <name>stages::music::EuclideanRhythm</name>
    <message>
        <source>E(%1,%2) is not a rhythm: the steps must be 1 to 64 and the onsets 0 to the number of steps.</source>
        <translation>E(%1,%2) není rytmus: počet kroků musí být 1 až 64 a počet úderů 0 až počet kroků.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rhythm pattern; use x for a beat and . for a rest, like x..x..x.</source>
        <translation>„%1“ není rytmický vzorec; použijte x pro úder a . pro pauzu, například x..x..x.</translation>
    </message>
    <message>
        <source>The rhythm pattern is empty.</source>
        <translation>Rytmický vzorec je prázdný.</translation>
    </message>
</context>
<context>
    <name>stages::music::EuclideanStructure</name>
    <message>
        <source>A Euclidean rhythm needs 1 to 16 steps and fewer beats than steps.</source>
        <translation>Euklidovský rytmus potřebuje 1 až 16 kroků a méně úderů než kroků.</translation>
    </message>
</context>
<context>
    <name>stages::music::ExerciseMelody</name>
    <message>
        <source>The exercise %1 is not a music exercise; it has no sound to play.</source>
        <translation>Cvičení %1 není hudební; nemá žádný zvuk k přehrání.</translation>
    </message>
</context>
<context>
    <name>stages::music::InstrumentWidget</name>
    <message>
        <source>high %1</source>
        <extracomment>A note an octave above the middle one (a dot above its name on the bars); %1 is its name</extracomment>
        <translation>vysoké %1</translation>
    </message>
    <message>
        <source>very high %1</source>
        <extracomment>A note two or more octaves above the middle one; %1 is its name</extracomment>
        <translation>velmi vysoké %1</translation>
    </message>
    <message>
        <source>low %1</source>
        <extracomment>A note an octave below the middle one (a dot below its name); %1 is its name</extracomment>
        <translation>hluboké %1</translation>
    </message>
    <message>
        <source>very low %1</source>
        <extracomment>A note two or more octaves below the middle one; %1 is its name</extracomment>
        <translation>velmi hluboké %1</translation>
    </message>
</context>
<context>
    <name>stages::music::InstrumentsPage</name>
    <message>
        <source>Xylophone</source>
        <translation>Xylofon</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Klavír</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Bicí</translation>
    </message>
</context>
<context>
    <name>stages::music::ListenIdentifyScreen</name>
    <message>
        <source>Which rhythm did you hear?</source>
        <translation>Který rytmus zazněl?</translation>
    </message>
    <message>
        <source>Which tune did you hear?</source>
        <translation>Která melodie zazněla?</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Poslechni si</translation>
    </message>
    <message>
        <source>Play this one</source>
        <extracomment>Plays one of the shown choices</extracomment>
        <translation>Pusť si tohle</translation>
    </message>
    <message>
        <source>You heard it right.</source>
        <translation>Správně, to bylo ono.</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <extracomment>Spoken name of a choice card for screen readers; %1 is its number (1-4)</extracomment>
        <translation>Možnost %1</translation>
    </message>
    <message>
        <source>It was the one with the green tick. Listen!</source>
        <extracomment>After a wrong pick: the right card is shown with a green tick and plays</extracomment>
        <translation>Byla to ta se zelenou fajfkou. Poslouchej!</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <extracomment>Screen reader name of a choice card that shows a named rhythm; %1 its number, %2 the rhythm&apos;s name</extracomment>
        <translation>Volba %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::music::Melody</name>
    <message>
        <source>This is not a saved melody.</source>
        <translation>Toto není uložená melodie.</translation>
    </message>
    <message>
        <source>This melody was saved by a newer version of Stages.</source>
        <translation>Tuto melodii uložila novější verze Stages.</translation>
    </message>
    <message>
        <source>The melody&apos;s tempo %1 is outside 20 to 400 beats a minute.</source>
        <translation>Tempo melodie %1 je mimo rozsah 20 až 400 dob za minutu.</translation>
    </message>
    <message>
        <source>The saved melody has a damaged note.</source>
        <translation>Uložená melodie obsahuje poškozenou notu.</translation>
    </message>
</context>
<context>
    <name>stages::music::MotifRule</name>
    <message>
        <source>Play every order of the notes exactly once.</source>
        <translation>Zahraj každé pořadí not právě jednou.</translation>
    </message>
    <message>
        <source>Each time, swap two neighbouring notes.</source>
        <translation>Pokaždé prohoď dvě sousední noty.</translation>
    </message>
    <message>
        <source>Start each time on the note you just ended on.</source>
        <translation>Každé pořadí začni tou notou, kterou skončilo to předchozí.</translation>
    </message>
    <message>
        <source>Play an order, then play it backwards.</source>
        <translation>Zahraj jedno pořadí a pak ho zahraj pozpátku.</translation>
    </message>
    <message>
        <source>Start and end with the tune as given; never play the same order twice in a row.</source>
        <translation>Začni i skonči zadanou melodií; nikdy nehraj stejné pořadí dvakrát po sobě.</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicProvider</name>
    <message>
        <source>Three notes</source>
        <translation>Tři tóny</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Poslech</translation>
    </message>
    <message>
        <source>Drum patterns</source>
        <translation>Rytmy na bicí</translation>
    </message>
    <message>
        <source>Euclidean rhythms</source>
        <translation>Rytmy v kruhu</translation>
    </message>
    <message>
        <source>Rhythms of the world</source>
        <translation>Rytmy světa</translation>
    </message>
    <message>
        <source>Recognises tresillo, cinquillo and other traditional rhythms by ear.</source>
        <translation>Po sluchu pozná tresillo, cinquillo a další tradiční rytmy.</translation>
    </message>
    <message>
        <source>Longer tunes</source>
        <translation>Delší melodie</translation>
    </message>
    <message>
        <source>Plays back five-note tunes and continues the systematic order.</source>
        <translation>Zopakuje melodie z pěti tónů a pokračuje v systematickém pořadí.</translation>
    </message>
    <message>
        <source>Counting music</source>
        <translation>Počítání v hudbě</translation>
    </message>
    <message>
        <source>Counts the possible tunes without playing them all and taps long rhythms precisely.</source>
        <translation>Spočítá možné melodie, aniž by je všechny zahrál, a přesně vyťuká dlouhé rytmy.</translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Skládání</translation>
    </message>
    <message>
        <source>Composes a melody from orders of a motif by a rule.</source>
        <translation>Podle pravidla složí melodii z různých pořadí motivu.</translation>
    </message>
    <message>
        <source>Plays and counts every order of two or three notes and plays back a short tune.</source>
        <translation>Zahraje a spočítá všechna pořadí dvou nebo tří tónů a zahraje po paměti krátkou melodii.</translation>
    </message>
    <message>
        <source>Tells which order of three notes was played, notices what tunes share and finds the missing one.</source>
        <translation>Pozná, které pořadí tří tónů zaznělo, všimne si, co mají melodie společného, a najde tu chybějící.</translation>
    </message>
    <message>
        <source>Predicts, builds and counts drum patterns and plays back four-note tunes.</source>
        <translation>Odhadne, sestaví a spočítá bubenické rytmy a zahraje po paměti melodie ze čtyř tónů.</translation>
    </message>
    <message>
        <source>Finds and counts every starting point of a rhythm spread evenly on a circle and taps it.</source>
        <translation>Najde a spočítá všechny začátky rytmu rozloženého rovnoměrně po kruhu a vyťuká ho.</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicRun</name>
    <message>
        <source>My tune, %1</source>
        <extracomment>Title of a pupil&apos;s composed tune kept for the teacher; %1 is the date</extracomment>
        <translation>Moje melodie, %1</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicSkins</name>
    <message>
        <source>%1 (high)</source>
        <extracomment>A note name shown on a xylophone bar, e.g. &quot;C&quot; or &quot;C (high)&quot;</extracomment>
        <translation>%1 (vysoké)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noty</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Bicí</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>The note B as written in this language (Czech: H)</extracomment>
        <translation>H</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicTaskScreen</name>
    <message>
        <source>That was exactly right.</source>
        <translation>Bylo to úplně správně.</translation>
    </message>
    <message>
        <source>Nearly! Listen once more next time.</source>
        <translation>Skoro! Příště si to poslechni ještě jednou.</translation>
    </message>
    <message>
        <source>Good try. Listen carefully next time.</source>
        <translation>Pěkný pokus. Příště pozorně poslouchej.</translation>
    </message>
</context>
<context>
    <name>stages::music::PianoWidget</name>
    <message>
        <source>Piano</source>
        <translation>Klavír</translation>
    </message>
</context>
<context>
    <name>stages::music::Pitch</name>
    <message>
        <source>&quot;%1&quot; is not a note name; write a letter, an optional # or b and an octave, for example C4, F#3 or Bb2.</source>
        <translation>„%1“ není název noty; napište písmeno, případně # nebo b, a oktávu, například C4, F#3 nebo Bb2.</translation>
    </message>
    <message>
        <source>The note %1 is outside the range C-1 to G9.</source>
        <translation>Nota %1 je mimo rozsah C-1 až G9.</translation>
    </message>
    <message>
        <source>No notes given; write them like &quot;C4 E4 G4&quot;.</source>
        <translation>Nejsou zadány žádné noty; zapište je například takto: &quot;C4 E4 G4&quot;.</translation>
    </message>
</context>
<context>
    <name>stages::music::PlayBackScreen</name>
    <message>
        <source>Listen, then play it back</source>
        <translation>Poslechni si melodii a zahraj ji po mně</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <extracomment>Plays the tune to the pupil</extracomment>
        <translation>▶ Poslechni si</translation>
    </message>
    <message>
        <source>Start again</source>
        <extracomment>Empties the row of notes the pupil played</extracomment>
        <translation>Začni znovu</translation>
    </message>
    <message>
        <source>You played the tune back exactly.</source>
        <translation>Melodie zazněla přesně stejně.</translation>
    </message>
    <message>
        <source>This was the tune:</source>
        <translation>Takhle zněla melodie:</translation>
    </message>
    <message>
        <source>You played:</source>
        <translation>Tvoje melodie:</translation>
    </message>
</context>
<context>
    <name>stages::music::RhythmShapeView</name>
    <message>
        <source>The rhythm on its circle</source>
        <extracomment>The rhythm circle beside the row of drums the pupil builds</extracomment>
        <translation>Rytmus na kruhu</translation>
    </message>
</context>
<context>
    <name>stages::music::SoundDiagnosticsDialog</name>
    <message>
        <source>Sound diagnostics</source>
        <translation>Diagnostika zvuku</translation>
    </message>
    <message>
        <source>Sound device:</source>
        <translation>Zvukové zařízení:</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Vzorkovací frekvence:</translation>
    </message>
    <message>
        <source>Buffer asked for:</source>
        <translation>Požadovaná vyrovnávací paměť:</translation>
    </message>
    <message>
        <source>Actual latency:</source>
        <extracomment>The delay between a key press and its sound, as the device reports it</extracomment>
        <translation>Skutečná latence:</translation>
    </message>
    <message>
        <source>Late blocks (underruns):</source>
        <translation>Opožděné bloky (podtečení):</translation>
    </message>
    <message>
        <source>SoundFont:</source>
        <translation>SoundFont:</translation>
    </message>
    <message>
        <source>SoundFont status:</source>
        <translation>Stav SoundFontu:</translation>
    </message>
    <message>
        <source>Play test sound</source>
        <translation>Přehrát zkušební zvuk</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Sound works.</source>
        <translation>Zvuk funguje.</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <extracomment>%1 sample rate in Hz, %2 sample format (&quot;32-bit float&quot;)</extracomment>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 Hz, %2</source>
        <translation>%1 Hz, %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádná</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (no sound device)</source>
        <translation>žádná (chybí zvukové zařízení)</translation>
    </message>
</context>
<context>
    <name>stages::music::SoundService</name>
    <message>
        <source>Not opened: there is no SoundFont to play.</source>
        <translation>Neotevřeno: chybí SoundFont, kterým by šlo hrát.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Načteno.</translation>
    </message>
    <message>
        <source>Sound output is switched off.</source>
        <translation>Zvukový výstup je vypnutý.</translation>
    </message>
    <message>
        <source>Sound is switched off. The exercises still work, watch the lights.</source>
        <translation>Zvuk je vypnutý. Cvičení fungují i tak, sleduj světýlka.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Soubor %1 neexistuje.</translation>
    </message>
    <message>
        <source>(searched, none found)</source>
        <translation>(hledáno, nic nenalezeno)</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Zatím nenačteno.</translation>
    </message>
    <message>
        <source>Not opened yet.</source>
        <translation>Zatím neotevřeno.</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32 bitů, float</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16 bitů</translation>
    </message>
</context>
<context>
    <name>stages::music::SoundSettingsWidget</name>
    <message>
        <source>Found automatically</source>
        <translation>Vyhledá se automaticky</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Forget the chosen SoundFont and search for one as at first</extracomment>
        <translation>Výchozí</translation>
    </message>
    <message>
        <source>Sound diagnostics…</source>
        <translation>Diagnostika zvuku…</translation>
    </message>
    <message>
        <source>Choose a SoundFont</source>
        <translation>Vyberte SoundFont</translation>
    </message>
    <message>
        <source>SoundFonts (*.sf2 *.sf3)</source>
        <translation>Soubory SoundFont (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <source>No SoundFont found: music exercises work without sound.</source>
        <translation>Nebyl nalezen žádný SoundFont: hudební cvičení fungují bez zvuku.</translation>
    </message>
    <message>
        <source>Instrument sounds from %1</source>
        <translation>Zvuky nástrojů z %1</translation>
    </message>
    <message>
        <source>SoundFont file</source>
        <extracomment>Screen reader name of the field with the SoundFont file&apos;s path</extracomment>
        <translation>Soubor SoundFont</translation>
    </message>
</context>
<context>
    <name>stages::music::TapRhythmScreen</name>
    <message>
        <source>Tap along with the rhythm</source>
        <translation>Ťukej spolu s rytmem</translation>
    </message>
    <message>
        <source>TAP</source>
        <extracomment>The big pad the pupil taps in time (also the Space bar)</extracomment>
        <translation>ŤUK</translation>
    </message>
    <message>
        <source>or press the Space bar</source>
        <translation>nebo mačkej mezerník</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Poslechni si</translation>
    </message>
    <message>
        <source>Start tapping</source>
        <extracomment>Starts the count-in; then the pupil taps along</extracomment>
        <translation>Začni ťukat</translation>
    </message>
    <message>
        <source>Tap!</source>
        <extracomment>Shown while the rhythm plays after the count-in</extracomment>
        <translation>Ťukej!</translation>
    </message>
    <message numerus="yes">
        <source>You tapped %1 of %n beats on time.</source>
        <extracomment>%1 beats tapped on time out of %n</extracomment>
        <translation>
            <numerusform>Přesně včas: %1 z %n úderu.</numerusform>
            <numerusform>Přesně včas: %1 z %n úderů.</numerusform>
            <numerusform>Přesně včas: %1 z %n úderů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green tick: on time. Orange arrow: too early (points left) or too late (points right). Grey cross: missed.</source>
        <translation>Zelená fajfka: včas. Oranžová šipka: moc brzy (ukazuje doleva) nebo moc pozdě (ukazuje doprava). Šedý křížek: vynecháno.</translation>
    </message>
</context>
<context>
    <name>stages::music::TraditionalRhythm</name>
    <message>
        <source>Cuba, a common Afro-Cuban drum pattern</source>
        <translation>Kuba, běžný afrokubánský vzorec pro bubny</translation>
    </message>
    <message>
        <source>Colombia; also calypso from Trinidad</source>
        <translation>Kolumbie; také calypso z Trinidadu</translation>
    </message>
    <message>
        <source>Persia, a 13th-century rhythm</source>
        <translation>Persie, rytmus ze 13. století</translation>
    </message>
    <message>
        <source>Persia; also Romanian folk dances</source>
        <translation>Persie; také rumunské lidové tance</translation>
    </message>
    <message>
        <source>Arab music, a popular rhythm</source>
        <translation>Arabská hudba, oblíbený rytmus</translation>
    </message>
    <message>
        <source>Bulgaria, a folk dance in 7</source>
        <translation>Bulharsko, sedmidobý lidový tanec</translation>
    </message>
    <message>
        <source>Bulgaria, the same dance with four beats</source>
        <translation>Bulharsko, tentýž tanec se čtyřmi údery</translation>
    </message>
    <message>
        <source>Arab music, a rhythm in 7</source>
        <translation>Arabská hudba, sedmidobý rytmus</translation>
    </message>
    <message>
        <source>Cuba, the heart of habanera and much Latin music</source>
        <translation>Kuba, základ habanery a mnoha latinskoamerických stylů</translation>
    </message>
    <message>
        <source>Cuba, the rhythm of the danzón</source>
        <translation>Kuba, rytmus danzónu</translation>
    </message>
    <message>
        <source>Libya, a Tuareg rhythm</source>
        <translation>Libye, tuarežský rytmus</translation>
    </message>
    <message>
        <source>Turkey, a limping rhythm in 9</source>
        <translation>Turecko, kulhavý devítidobý rytmus</translation>
    </message>
    <message>
        <source>Arab music, a rhythm in 9</source>
        <translation>Arabská hudba, devítidobý rytmus</translation>
    </message>
    <message>
        <source>Frank Zappa&apos;s song in 11</source>
        <translation>Jedenáctidobá píseň Franka Zappy</translation>
    </message>
    <message>
        <source>Mussorgsky, the Promenade in 11</source>
        <translation>Musorgskij, jedenáctidobá Promenáda</translation>
    </message>
    <message>
        <source>Spain, the clapping of the fandango</source>
        <translation>Španělsko, tleskání ve fandangu</translation>
    </message>
    <message>
        <source>South Africa, a Venda clapping pattern</source>
        <translation>Jižní Afrika, tleskací vzorec národa Venda</translation>
    </message>
    <message>
        <source>West Africa and Cuba, the standard bell pattern</source>
        <translation>Západní Afrika a Kuba, základní vzorec pro zvon</translation>
    </message>
    <message>
        <source>Brazil, the bossa-nova clave</source>
        <translation>Brazílie, clave bossa novy</translation>
    </message>
    <message>
        <source>Brazil, a samba pattern</source>
        <translation>Brazílie, vzorec samby</translation>
    </message>
    <message>
        <source>Central Africa, a bell pattern in 16</source>
        <translation>Střední Afrika, šestnáctidobý vzorec pro zvon</translation>
    </message>
</context>
<context>
    <name>stages::music::XylophoneWidget</name>
    <message>
        <source>Xylophone</source>
        <translation>Xylofon</translation>
    </message>
</context>
</TS>
