<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>InstrumentDemo</name>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>C major (8 bars)</source>
        <translation>C major (8 bars)</translation>
    </message>
    <message>
        <source>Pentatonic</source>
        <translation>Pentatonic</translation>
    </message>
    <message>
        <source>Play me a tune</source>
        <translation>Play me a tune</translation>
    </message>
    <message>
        <source>Xylophone</source>
        <translation>Xylophone</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Drums</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stages: find all the ways, see the pattern, create.</source>
        <translation>Stages: find all the ways, see the pattern, create.</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>The database file to use.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Full screen, pupils only; a teacher&apos;s password ends it.</source>
        <translation>Full screen, pupils only; a teacher&apos;s password ends it.</translation>
    </message>
    <message>
        <source>Language of the program (cs or en).</source>
        <translation>Language of the program (cs or en).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>With a school server: this PC&apos;s own copy and outbox.</source>
        <translation>With a school server: this PC&apos;s own copy and outbox.</translation>
    </message>
</context>
<context>
    <name>stages::AboutDialog</name>
    <message>
        <source>About Stages</source>
        <translation>About Stages</translation>
    </message>
    <message>
        <source>Stages %1</source>
        <translation>Stages %1</translation>
    </message>
    <message>
        <source>Children find all the ways to arrange a few things (colours, notes, drums, karate moves), systematically, see the patterns and create their own. For schools: pupils, teachers and trainers.</source>
        <translation>Children find all the ways to arrange a few things (colours, notes, drums, karate moves), systematically, see the patterns and create their own. For schools: pupils, teachers and trainers.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Screen reader name of the scrolling text about privacy in the About dialog</extracomment>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>stages::AccountService</name>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <source>This database already belongs to a school.</source>
        <translation>This database already belongs to a school.</translation>
    </message>
    <message>
        <source>Set up the school first.</source>
        <translation>Set up the school first.</translation>
    </message>
    <message>
        <source>A pupil needs a class.</source>
        <translation>A pupil needs a class.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>There is no class called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A picture password is three different pictures.</source>
        <translation>A picture password is three different pictures.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Wrong name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Please wait %n second.</numerusform>
            <numerusform>Too many wrong tries. Please wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This pupil has no picture password yet. Ask your teacher.</source>
        <translation>This pupil has no picture password yet. Ask your teacher.</translation>
    </message>
    <message>
        <source>Those are not your pictures. Try again!</source>
        <translation>Those are not your pictures. Try again!</translation>
    </message>
    <message>
        <source>There is no avatar %1: choose one from 0 to %2.</source>
        <translation>There is no avatar %1: choose one from 0 to %2.</translation>
    </message>
    <message>
        <source>This pupil is not in the school any more.</source>
        <translation>This pupil is not in the school any more.</translation>
    </message>
    <message>
        <source>This pupil cannot sign in now. Ask your teacher.</source>
        <translation>This pupil cannot sign in now. Ask your teacher.</translation>
    </message>
    <message>
        <source>Only a signed-in teacher, trainer or administrator can change their password.</source>
        <translation>Only a signed-in teacher, trainer or administrator can change their password.</translation>
    </message>
    <message>
        <source>The new password is the same as the old one.</source>
        <translation>The new password is the same as the old one.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile; please try again.</source>
        <translation>The password was changed elsewhere meanwhile; please try again.</translation>
    </message>
</context>
<context>
    <name>stages::AddClassDialog</name>
    <message>
        <source>Add a class</source>
        <translation>Add a class</translation>
    </message>
    <message>
        <source>e.g. 2.B</source>
        <translation>e.g. 2.B</translation>
    </message>
    <message>
        <source>Class name:</source>
        <translation>Class name:</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Add class</translation>
    </message>
    <message>
        <source>Class name</source>
        <extracomment>Screen reader name of the field labelled &quot;Class name:&quot;</extracomment>
        <translation>Class name</translation>
    </message>
</context>
<context>
    <name>stages::AddEducatorDialog</name>
    <message>
        <source>Add an educator</source>
        <translation>Add an educator</translation>
    </message>
    <message>
        <source>e.g. Jana Nováková</source>
        <translation>e.g. Jana Nováková</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>No account here (only a record)</source>
        <extracomment>Account choice when adding an educator: they have no account in this database</extracomment>
        <translation>No account here (only a record)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Account choice: a person&apos;s name and login, &quot;Tom Teacher (tom)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Their school, when not this one</source>
        <translation>Their school, when not this one</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Add educator</source>
        <translation>Add educator</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Screen reader name of the field labelled &quot;Account:&quot;</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>Screen reader name of the field labelled &quot;Organisation:&quot;</extracomment>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>stages::AddPupilDialog</name>
    <message>
        <source>Add a pupil</source>
        <translation>Add a pupil</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Avatar:</source>
        <translation>Avatar:</translation>
    </message>
    <message>
        <source>Add pupil</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <source>Picture password: tap 3 pictures in order. Tell the pupil which ones.</source>
        <translation>Picture password: tap 3 pictures in order. Tell the pupil which ones.</translation>
    </message>
    <message>
        <source>Then show the sign-in card to print</source>
        <translation>Then show the sign-in card to print</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>stages::AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Screen reader name of the field labelled &quot;Role:&quot;</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Screen reader name of the field labelled &quot;Login:&quot;</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Screen reader name of the field labelled &quot;Password:&quot;</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <extracomment>Screen reader name of the field labelled &quot;Password again:&quot;</extracomment>
        <translation>Password again</translation>
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
        <translation>Sign out</translation>
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
        <translation>Class %1 · “%2” · %3</translation>
    </message>
    <message>
        <source>This kind of work cannot be shown in this version.</source>
        <translation>This kind of work cannot be shown in this version.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Write a short comment for this work…</source>
        <translation>Write a short comment for this work…</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Save comment</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One comment on a pupil&apos;s work: %1 author, %2 date and time, %3 the comment</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Rule the pupil picked: %1</source>
        <translation>Rule the pupil picked: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>No stars</source>
        <extracomment>Stars a teacher may give with a comment on a pupil&apos;s work</extracomment>
        <translation>No stars</translation>
    </message>
    <message>
        <source>Stars the pupil sees on their home with your comment</source>
        <translation>Stars the pupil sees on their home with your comment</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
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
        <translation>This work does not hold a melody that can be played (%1).</translation>
    </message>
</context>
<context>
    <name>stages::ArtifactService</name>
    <message>
        <source>Sign in to see your work.</source>
        <translation>Sign in to see your work.</translation>
    </message>
    <message>
        <source>This work is no longer there.</source>
        <translation>This work is no longer there.</translation>
    </message>
    <message>
        <source>Comments are signed by a teacher: sign in to write one.</source>
        <translation>Comments are signed by a teacher: sign in to write one.</translation>
    </message>
    <message>
        <source>A comment can be at most %1 characters long.</source>
        <translation>A comment can be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Give from 1 to %1 stars, or none.</source>
        <translation>Give from 1 to %1 stars, or none.</translation>
    </message>
    <message>
        <source>Write a few words or give stars first.</source>
        <translation>Write a few words or give stars first.</translation>
    </message>
    <message>
        <source>Only the pupil who made this work can mark its comments as seen.</source>
        <translation>Only the pupil who made this work can mark its comments as seen.</translation>
    </message>
</context>
<context>
    <name>stages::ArtifactTableModel</name>
    <message>
        <source>Melody</source>
        <translation>Melody</translation>
    </message>
    <message>
        <source>Move sequence</source>
        <translation>Move sequence</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comments</source>
        <extracomment>Column: number of teachers&apos; comments on a piece of work</extracomment>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Karate combination</source>
        <extracomment>Kind of a pupil&apos;s work: a combination of karate moves a figure can perform</extracomment>
        <translation>Karate combination</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <extracomment>Table cell for screen readers: stars a teacher gave a piece of work</extracomment>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>Stars</source>
        <extracomment>Column: the stars (1 to 3) of the newest comment that gave stars</extracomment>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Drawing</source>
        <extracomment>Kind of a pupil&apos;s work: a picture drawn on points on a circle</extracomment>
        <translation>Drawing</translation>
    </message>
</context>
<context>
    <name>stages::Artwork</name>
    <message>
        <source>Cat</source>
        <translation>Cat</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>Dog</translation>
    </message>
    <message>
        <source>Owl</source>
        <translation>Owl</translation>
    </message>
    <message>
        <source>Fox</source>
        <translation>Fox</translation>
    </message>
    <message>
        <source>Bear</source>
        <translation>Bear</translation>
    </message>
    <message>
        <source>Frog</source>
        <translation>Frog</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Rabbit</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lion</translation>
    </message>
    <message>
        <source>Penguin</source>
        <translation>Penguin</translation>
    </message>
    <message>
        <source>Turtle</source>
        <translation>Turtle</translation>
    </message>
    <message>
        <source>Bee</source>
        <translation>Bee</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Elephant</translation>
    </message>
    <message>
        <source>Pig</source>
        <translation>Pig</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Mouse</translation>
    </message>
    <message>
        <source>Panda</source>
        <translation>Panda</translation>
    </message>
    <message>
        <source>Monkey</source>
        <translation>Monkey</translation>
    </message>
    <message>
        <source>Giraffe</source>
        <translation>Giraffe</translation>
    </message>
    <message>
        <source>Zebra</source>
        <translation>Zebra</translation>
    </message>
    <message>
        <source>Sheep</source>
        <translation>Sheep</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Snail</source>
        <translation>Snail</translation>
    </message>
    <message>
        <source>Ladybird</source>
        <translation>Ladybird</translation>
    </message>
    <message>
        <source>Butterfly</source>
        <translation>Butterfly</translation>
    </message>
    <message>
        <source>Whale</source>
        <translation>Whale</translation>
    </message>
    <message>
        <source>Crab</source>
        <translation>Crab</translation>
    </message>
    <message>
        <source>Hedgehog</source>
        <translation>Hedgehog</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>Octopus</translation>
    </message>
    <message>
        <source>Cow</source>
        <translation>Cow</translation>
    </message>
    <message>
        <source>Dinosaur</source>
        <translation>Dinosaur</translation>
    </message>
    <message>
        <source>Parrot</source>
        <translation>Parrot</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>Rocket</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>Umbrella</translation>
    </message>
</context>
<context>
    <name>stages::AssignDialog</name>
    <message>
        <source>Assign work</source>
        <translation>Assign work</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>The &amp;whole class</source>
        <translation>The &amp;whole class</translation>
    </message>
    <message>
        <source>Only the &amp;pupils ticked below</source>
        <translation>Only the &amp;pupils ticked below</translation>
    </message>
    <message>
        <source>For whom:</source>
        <translation>For whom:</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Game:</translation>
    </message>
    <message>
        <source>Whole &amp;stages</source>
        <translation>Whole &amp;stages</translation>
    </message>
    <message>
        <source>Particular &amp;exercises</source>
        <translation>Particular &amp;exercises</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Stage of the exercises</source>
        <translation>Stage of the exercises</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <extracomment>A stage in the teacher&apos;s list: %1 its number, %2 its title (&quot;Three elements&quot;)</extracomment>
        <translation>Stage %1: %2</translation>
    </message>
    <message>
        <source>Tick at least one pupil, or choose the whole class.</source>
        <translation>Tick at least one pupil, or choose the whole class.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Screen reader name of the list of pupils to tick in the assignment dialog</extracomment>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Game</source>
        <extracomment>Screen reader name of the field labelled &quot;Game:&quot;</extracomment>
        <translation>Game</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Screen reader name of the list of stages to tick in the assignment dialog</extracomment>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Screen reader name of the due date field of the assignment dialog</extracomment>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>stages::AssignmentItemWords</name>
    <message>
        <source>Find all</source>
        <extracomment>What a pupil does in an exercise (a name in the teacher&apos;s list of exercises)</extracomment>
        <translation>Find all</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Count those that start with…</source>
        <translation>Count those that start with…</translation>
    </message>
    <message>
        <source>Find the missing one</source>
        <translation>Find the missing one</translation>
    </message>
    <message>
        <source>Spot the twin</source>
        <translation>Spot the twin</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <source>Transfer to another look</source>
        <translation>Transfer to another look</translation>
    </message>
    <message>
        <source>Same in every row</source>
        <translation>Same in every row</translation>
    </message>
    <message>
        <source>Predict with one more</source>
        <translation>Predict with one more</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <source>Karate combination</source>
        <translation>Karate combination</translation>
    </message>
    <message>
        <source>Play it back</source>
        <translation>Play it back</translation>
    </message>
    <message>
        <source>Listen and find</source>
        <translation>Listen and find</translation>
    </message>
    <message>
        <source>Tap the rhythm</source>
        <translation>Tap the rhythm</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 elements</source>
        <extracomment>One exercise in the teacher&apos;s list: %1 what the pupil does (&quot;Count&quot;), %2 its look (&quot;shapes&quot;), %3 how many elements</extracomment>
        <translation>%1 · %2 · %3 elements</translation>
    </message>
    <message>
        <source>%1: stage %2</source>
        <extracomment>What an assignment asks: %1 a kind of game (&quot;Music&quot;), %2 a stage number</extracomment>
        <translation>%1: stage %2</translation>
    </message>
    <message>
        <source>%1: stage %2, %3</source>
        <extracomment>What an assignment asks: %1 a kind of game (&quot;Music&quot;), %2 a stage number, %3 the exercise&apos;s name</extracomment>
        <translation>%1: stage %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>After the first stages of an assignment: %1 them, %n how many more</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Class %1</source>
        <extracomment>For whom an assignment is: %1 a class (&quot;2.A&quot;)</extracomment>
        <translation>Class %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <extracomment>For whom an assignment is: %n chosen pupils of a class</extracomment>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::AssignmentService</name>
    <message>
        <source>Only teachers can give and change assignments.</source>
        <translation>Only teachers can give and change assignments.</translation>
    </message>
    <message>
        <source>There is no such class.</source>
        <translation>There is no such class.</translation>
    </message>
    <message>
        <source>Choose at least one stage or exercise to assign.</source>
        <translation>Choose at least one stage or exercise to assign.</translation>
    </message>
    <message>
        <source>An assignment can have at most %1 stages or exercises.</source>
        <translation>An assignment can have at most %1 stages or exercises.</translation>
    </message>
    <message>
        <source>Every stage of an assignment needs its kind of game (music, colours, …).</source>
        <translation>Every stage of an assignment needs its kind of game (music, colours, …).</translation>
    </message>
    <message>
        <source>Stages are numbered from 1.</source>
        <translation>Stages are numbered from 1.</translation>
    </message>
    <message>
        <source>The due date has already passed: choose today or a later day.</source>
        <translation>The due date has already passed: choose today or a later day.</translation>
    </message>
    <message>
        <source>One of the chosen pupils is not in class %1.</source>
        <extracomment>%1 is a class (&quot;2.A&quot;)</extracomment>
        <translation>One of the chosen pupils is not in class %1.</translation>
    </message>
    <message>
        <source>This assignment is no longer there.</source>
        <translation>This assignment is no longer there.</translation>
    </message>
    <message>
        <source>Sign in to see your tasks.</source>
        <translation>Sign in to see your tasks.</translation>
    </message>
</context>
<context>
    <name>stages::AssignmentTableModel</name>
    <message>
        <source>%1 (closed)</source>
        <extracomment>An assignment the teacher closed (pupils no longer see it): %1 what it asked</extracomment>
        <translation>%1 (closed)</translation>
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
        <translation>What</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Column: how many pupils have finished the assignment</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
</context>
<context>
    <name>stages::AssignmentsPanel</name>
    <message>
        <source>Assignments</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pupils no longer see the selected assignment; you still do.</source>
        <translation>Pupils no longer see the selected assignment; you still do.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Give stages or exercises to the class or some of its pupils.</source>
        <translation>Give stages or exercises to the class or some of its pupils.</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>No assignments yet</translation>
    </message>
    <message>
        <source>Choose New… to give the class stages or exercises. Pupils see them first on their home, as pictures.</source>
        <translation>Choose New… to give the class stages or exercises. Pupils see them first on their home, as pictures.</translation>
    </message>
    <message>
        <source>Pupils: %1 of %2 done</source>
        <extracomment>Above the per-pupil table of the selected assignment: %1 pupils done, %2 of how many</extracomment>
        <translation>Pupils: %1 of %2 done</translation>
    </message>
    <message>
        <source>Delete the assignment?</source>
        <translation>Delete the assignment?</translation>
    </message>
    <message>
        <source>The assignment disappears for you and the pupils. What the pupils did stays in their progress.</source>
        <translation>The assignment disappears for you and the pupils. What the pupils did stays in their progress.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the class choice of the assignments (its label says &quot;Class:&quot;)</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>Who has done the assignment</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Who has done the assignment</translation>
    </message>
</context>
<context>
    <name>stages::AttemptJournal</name>
    <message>
        <source>An attempt to keep for later needs its id and time.</source>
        <translation>An attempt to keep for later needs its id and time.</translation>
    </message>
    <message>
        <source>The list of answers to save later (%1) is busy.</source>
        <translation>The list of answers to save later (%1) is busy.</translation>
    </message>
    <message>
        <source>Cannot keep the answer in %1: %2</source>
        <translation>Cannot keep the answer in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot rewrite %1: %2</source>
        <translation>Cannot rewrite %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::AttemptService</name>
    <message>
        <source>Attempts can only be recorded by the pupil who made them.</source>
        <translation>Attempts can only be recorded by the pupil who made them.</translation>
    </message>
    <message>
        <source>The attempt does not name its exercise, domain and stage.</source>
        <translation>The attempt does not name its exercise, domain and stage.</translation>
    </message>
    <message>
        <source>The attempt has an impossible score, duration or hint count.</source>
        <translation>The attempt has an impossible score, duration or hint count.</translation>
    </message>
    <message>
        <source>This attempt was stored meanwhile.</source>
        <translation>This attempt was stored meanwhile.</translation>
    </message>
</context>
<context>
    <name>stages::AttemptTimelineModel</name>
    <message>
        <source>%1 (in a warm-up)</source>
        <translation>%1 (in a warm-up)</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <extracomment>An attempt&apos;s exercise when nothing better is known: %1 domain id, %2 stage number</extracomment>
        <translation>%1, stage %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A score in per cent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the pupil solved an exercise</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Exercise</source>
        <extracomment>Column of a pupil&apos;s attempts: which exercise</extracomment>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column of a pupil&apos;s attempts: how long it took (minutes:seconds)</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
</context>
<context>
    <name>stages::AttentionRules</name>
    <message>
        <source>Has not started yet</source>
        <translation>Has not started yet</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for %n day(s)</source>
        <translation>
            <numerusform>Inactive for %n day</numerusform>
            <numerusform>Inactive for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new stage in the last %n session(s)</source>
        <translation>
            <numerusform>No new stage in the last %n session</numerusform>
            <numerusform>No new stage in the last %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row at stage %1</source>
        <extracomment>%1 is the stage number</extracomment>
        <translation>
            <numerusform>%n failed attempt in a row at stage %1</numerusform>
            <numerusform>%n failed attempts in a row at stage %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row at %1 stage %2</source>
        <extracomment>%1 is the domain, e.g. &quot;Music&quot;; %2 the stage number</extracomment>
        <translation>
            <numerusform>%n failed attempt in a row at %1 stage %2</numerusform>
            <numerusform>%n failed attempts in a row at %1 stage %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) behind the class (median %1)</source>
        <extracomment>%1 is the class median, e.g. &quot;7&quot; or &quot;6.5&quot;</extracomment>
        <translation>
            <numerusform>%n stage behind the class (median %1)</numerusform>
            <numerusform>%n stages behind the class (median %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::AttentionRulesDialog</name>
    <message>
        <source>Off</source>
        <extracomment>Shown in an attention rule&apos;s number box at 0: the rule is turned off</extracomment>
        <translation>Off</translation>
    </message>
    <message>
        <source>Attention rules</source>
        <translation>Attention rules</translation>
    </message>
    <message>
        <source>A pupil appears in the attention list when any of these is true. Set a rule to 0 to turn it off.</source>
        <translation>A pupil appears in the attention list when any of these is true. Set a rule to 0 to turn it off.</translation>
    </message>
    <message>
        <source>A session is a day on which the pupil did at least one exercise.</source>
        <translation>A session is a day on which the pupil did at least one exercise.</translation>
    </message>
    <message>
        <source>Sessions without a new stage:</source>
        <translation>Sessions without a new stage:</translation>
    </message>
    <message>
        <source>Failed attempts in a row at one stage:</source>
        <translation>Failed attempts in a row at one stage:</translation>
    </message>
    <message>
        <source>Days without an exercise:</source>
        <translation>Days without an exercise:</translation>
    </message>
    <message>
        <source>Stages behind the class median:</source>
        <translation>Stages behind the class median:</translation>
    </message>
    <message>
        <source>Sessions without a new stage</source>
        <extracomment>Screen reader name of the field labelled &quot;Sessions without a new stage:&quot;</extracomment>
        <translation>Sessions without a new stage</translation>
    </message>
    <message>
        <source>Failed attempts in a row at one stage</source>
        <extracomment>Screen reader name of the field labelled &quot;Failed attempts in a row at one stage:&quot;</extracomment>
        <translation>Failed attempts in a row at one stage</translation>
    </message>
    <message>
        <source>Days without an exercise</source>
        <extracomment>Screen reader name of the field labelled &quot;Days without an exercise:&quot;</extracomment>
        <translation>Days without an exercise</translation>
    </message>
    <message>
        <source>Stages behind the class median</source>
        <extracomment>Screen reader name of the field labelled &quot;Stages behind the class median:&quot;</extracomment>
        <translation>Stages behind the class median</translation>
    </message>
</context>
<context>
    <name>stages::AvatarChoicePage</name>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>Nobody here yet</translation>
    </message>
    <message>
        <source>Ask your teacher to add you to this class.</source>
        <translation>Ask your teacher to add you to this class.</translation>
    </message>
    <message>
        <source>Who are you? (%1)</source>
        <extracomment>%1 is the name of the pupil&apos;s class, e.g. &quot;1.A&quot;</extracomment>
        <translation>Who are you? (%1)</translation>
    </message>
    <message>
        <source>The pupils cannot be shown now</source>
        <extracomment>Shown to pupils when the pupils of a class cannot be read (a storage problem)</extracomment>
        <translation>The pupils cannot be shown now</translation>
    </message>
    <message>
        <source>Ask your teacher for help.</source>
        <translation>Ask your teacher for help.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Screen reader name of the grid of pupils&apos; pictures on the sign-in</extracomment>
        <translation>Pupils</translation>
    </message>
</context>
<context>
    <name>stages::AvatarPicker</name>
    <message>
        <source>%1 (already used in this class)</source>
        <extracomment>Tooltip of an avatar another pupil of the class already has; %1 is its name (&quot;Cat&quot;)</extracomment>
        <translation>%1 (already used in this class)</translation>
    </message>
</context>
<context>
    <name>stages::CertificateExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::CertificatePdf</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format on the printed certificate (Qt date format: d day, MMMM month name, yyyy year)</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>A founding trainer of %1.</source>
        <extracomment>On a founding trainer&apos;s certificate; %1 is the organisation</extracomment>
        <translation>A founding trainer of %1.</translation>
    </message>
    <message>
        <source>Certified by %1</source>
        <extracomment>Start of the line of certification; %1 is the trainer who certified the holder</extracomment>
        <translation>Certified by %1</translation>
    </message>
    <message>
        <source>%1, who was certified by %2</source>
        <extracomment>The line of certification grows: %1 is the line so far (&quot;Certified by A&quot;), %2 the one who certified its last person</extracomment>
        <translation>%1, who was certified by %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of the line of certification; %1 is the whole line</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>The big title of the printed certificate</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <extracomment>On the certificate, above the holder&apos;s name</extracomment>
        <translation>This certifies that</translation>
    </message>
    <message>
        <source>has met every requirement of the programme</source>
        <extracomment>On the certificate, under the holder&apos;s name</extracomment>
        <translation>has met every requirement of the programme</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <extracomment>On the certificate: %1 is the programme (&quot;Stages teacher&quot;), %2 its level (1)</extracomment>
        <translation>%1, level %2</translation>
    </message>
    <message>
        <source>ISSUED ON</source>
        <extracomment>Caption on the certificate, above the issue date</extracomment>
        <translation>ISSUED ON</translation>
    </message>
    <message>
        <source>VALID UNTIL</source>
        <extracomment>Caption on the certificate, above the expiry date</extracomment>
        <translation>VALID UNTIL</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <source>ISSUED BY</source>
        <extracomment>Caption on the certificate, under the name of the trainer who issued it</extracomment>
        <translation>ISSUED BY</translation>
    </message>
    <message>
        <source>VERIFICATION CODE</source>
        <extracomment>Caption on the certificate, under the verification code and its QR code</extracomment>
        <translation>VERIFICATION CODE</translation>
    </message>
    <message>
        <source>Anyone can check this certificate: stagesctl cert verify FILE, with this PDF or its .json file.</source>
        <extracomment>At the foot of the certificate; keep the command as it is</extracomment>
        <translation>Anyone can check this certificate: stagesctl cert verify FILE, with this PDF or its .json file.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <extracomment>Title of the certificate PDF; %1 is the holder&apos;s name</extracomment>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>stages::CertificateTableModel</name>
    <message>
        <source>Valid</source>
        <extracomment>Certificate status</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Valid, expires soon</source>
        <extracomment>Certificate status: still valid, expires within 90 days</extracomment>
        <translation>Valid, expires soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <extracomment>Tooltip on a revoked certificate: who revoked it and why</extracomment>
        <translation>Revoked by %1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>A certificate that never expires</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 (founding)</source>
        <extracomment>Issuer of a founding trainer&apos;s certificate (recorded by an admin)</extracomment>
        <translation>%1 (founding)</translation>
    </message>
    <message>
        <source>Holder</source>
        <extracomment>Column: who holds the certificate</extracomment>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued by</source>
        <extracomment>Column: the trainer who signed the certificate</extracomment>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column: the verification code of a certificate</extracomment>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>stages::CertificateVerifier</name>
    <message>
        <source>The signature does not match: the certificate was changed, or it was not signed with this key.</source>
        <translation>The signature does not match: the certificate was changed, or it was not signed with this key.</translation>
    </message>
    <message>
        <source>The signature holds, but the content cannot be read: %1</source>
        <extracomment>%1 says what is wrong with the certificate&apos;s content</extracomment>
        <translation>The signature holds, but the content cannot be read: %1</translation>
    </message>
    <message>
        <source>The certificate names another signing key than the one trusted here.</source>
        <translation>The certificate names another signing key than the one trusted here.</translation>
    </message>
    <message>
        <source>The signature holds, but the organisation has revoked this certificate.</source>
        <translation>The signature holds, but the organisation has revoked this certificate.</translation>
    </message>
    <message>
        <source>The signature holds, but the certificate expired on %1.</source>
        <extracomment>%1 is the expiry date (2029-09-01)</extracomment>
        <translation>The signature holds, but the certificate expired on %1.</translation>
    </message>
    <message>
        <source>The signature holds and the certificate has not expired. Whether it was revoked is not checked: only the issuing organisation&apos;s database knows.</source>
        <translation>The signature holds and the certificate has not expired. Whether it was revoked is not checked: only the issuing organisation&apos;s database knows.</translation>
    </message>
    <message>
        <source>The signature holds and the certificate has not expired. This database does not know the certificate, so it cannot say whether it was revoked.</source>
        <translation>The signature holds and the certificate has not expired. This database does not know the certificate, so it cannot say whether it was revoked.</translation>
    </message>
    <message>
        <source>The signature holds, the certificate has not expired and it was not revoked.</source>
        <translation>The signature holds, the certificate has not expired and it was not revoked.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a certificate.</source>
        <translation>%1 is too big to be a certificate.</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>%1 is not a PDF.</translation>
    </message>
    <message>
        <source>There is no Stages certificate inside this PDF.</source>
        <translation>There is no Stages certificate inside this PDF.</translation>
    </message>
</context>
<context>
    <name>stages::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate, with a reason</source>
        <translation>Revoke the selected certificate, with a reason</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>The certificate page to print, with its QR code and the signed data inside</source>
        <translation>The certificate page to print, with its QR code and the signed data inside</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>The signed certificate as a file anyone can verify</source>
        <translation>The signed certificate as a file anyone can verify</translation>
    </message>
    <message>
        <source>Export badge…</source>
        <translation>Export badge…</translation>
    </message>
    <message>
        <source>An Open Badge 3.0 credential and its signed JWT, for badge wallets</source>
        <translation>An Open Badge 3.0 credential and its signed JWT, for badge wallets</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All certificates</source>
        <extracomment>Certificates filter: every certificate</extracomment>
        <translation>All certificates</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <extracomment>Certificates filter: renewal reminders</extracomment>
        <translation>Expiring within %1 days</translation>
    </message>
    <message>
        <source>Search by holder, programme or code</source>
        <translation>Search by holder, programme or code</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <extracomment>How many certificates the table shows after the filters, of how many there are</extracomment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is revoked.</source>
        <translation>The certificate is revoked.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Choose a certificate first.</source>
        <translation>Choose a certificate first.</translation>
    </message>
    <message>
        <source>Export certificate as PDF</source>
        <extracomment>File type in the save dialog</extracomment>
        <translation>Export certificate as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export signed certificate</source>
        <translation>Export signed certificate</translation>
    </message>
    <message>
        <source>Signed certificates (*.json)</source>
        <translation>Signed certificates (*.json)</translation>
    </message>
    <message>
        <source>Export Open Badge</source>
        <translation>Export Open Badge</translation>
    </message>
    <message>
        <source>Open Badges (*.json)</source>
        <translation>Open Badges (*.json)</translation>
    </message>
    <message>
        <source>Sign the badge</source>
        <translation>Sign the badge</translation>
    </message>
    <message>
        <source>The badge&apos;s JWT is signed with the organisation&apos;s key. Your password unlocks it for this one signature.</source>
        <translation>The badge&apos;s JWT is signed with the organisation&apos;s key. Your password unlocks it for this one signature.</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Sign and save</translation>
    </message>
    <message>
        <source>Show certificates</source>
        <extracomment>Screen reader name of the certificates filter (its label says &quot;Show:&quot;)</extracomment>
        <translation>Show certificates</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <extracomment>Screen reader name of the search field of the certificates</extracomment>
        <translation>Search certificates</translation>
    </message>
</context>
<context>
    <name>stages::CertificationChart</name>
    <message>
        <source>Certificates issued per month</source>
        <extracomment>Chart title on the trainer&apos;s overview</extracomment>
        <translation>Certificates issued per month</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>Month label under the bars of the chart, e.g. &quot;Mar 26&quot;</extracomment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificates over time</source>
        <extracomment>Screen reader name of the chart of certificates issued over time</extracomment>
        <translation>Certificates over time</translation>
    </message>
</context>
<context>
    <name>stages::CertificationRules</name>
    <message>
        <source>a valid %1 certificate</source>
        <extracomment>What is missing before certification: %1 is a programme&apos;s name, e.g. &quot;Stages teacher&quot;.</extracomment>
        <translation>a valid %1 certificate</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) with a negative amount ignored</source>
        <extracomment>Evidence such as &quot;-3 workshop hours&quot; that the certification rules did not count.</extracomment>
        <translation>
            <numerusform>%n entry with a negative amount ignored</numerusform>
            <numerusform>%n entrys with a negative amount ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more workshop hour(s)</source>
        <translation>
            <numerusform>%n more workshop hour</numerusform>
            <numerusform>%n more workshop hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more workshop hours</source>
        <translation>%1 more workshop hours</translation>
    </message>
    <message numerus="yes">
        <source>%n more practicum week(s)</source>
        <translation>
            <numerusform>%n more practicum week</numerusform>
            <numerusform>%n more practicum weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more practicum weeks</source>
        <translation>%1 more practicum weeks</translation>
    </message>
    <message numerus="yes">
        <source>%n more portfolio item(s)</source>
        <translation>
            <numerusform>%n more portfolio item</numerusform>
            <numerusform>%n more portfolio items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) outside 1 to 4 ignored</source>
        <extracomment>Rubric scores of observed lessons that the certification rules did not count.</extracomment>
        <translation>
            <numerusform>%n score outside 1 to 4 ignored</numerusform>
            <numerusform>%n scores outside 1 to 4 ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) without a valid score not counted</source>
        <translation>
            <numerusform>%n lesson without a valid score not counted</numerusform>
            <numerusform>%n lessons without a valid score not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more observed lesson(s); observed lessons average %1, needs %2</source>
        <extracomment>%n: lessons still to observe; %1: the average so far, %2: the minimum average, e.g. 2.8 and 3.0.</extracomment>
        <translation>
            <numerusform>%n more observed lesson; observed lessons average %1, needs %2</numerusform>
            <numerusform>%n more observed lessons; observed lessons average %1, needs %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more observed lesson(s)</source>
        <translation>
            <numerusform>%n more observed lesson</numerusform>
            <numerusform>%n more observed lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>observed lessons average %1, needs %2</source>
        <extracomment>%1: the average of the observed lessons so far, %2: the minimum average, e.g. 2.8 and 3.0.</extracomment>
        <translation>observed lessons average %1, needs %2</translation>
    </message>
</context>
<context>
    <name>stages::ChangeAvatarDialog</name>
    <message>
        <source>Avatar of %1</source>
        <extracomment>Window title; %1 is the pupil&apos;s name</extracomment>
        <translation>Avatar of %1</translation>
    </message>
    <message>
        <source>Choose the picture %1 finds at sign-in. Faded pictures already belong to somebody else in %2.</source>
        <extracomment>%1 is the pupil&apos;s name, %2 their class</extracomment>
        <translation>Choose the picture %1 finds at sign-in. Faded pictures already belong to somebody else in %2.</translation>
    </message>
    <message>
        <source>Save avatar</source>
        <translation>Save avatar</translation>
    </message>
</context>
<context>
    <name>stages::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The new password and its repetition differ. Type them again.</source>
        <translation>The new password and its repetition differ. Type them again.</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Screen reader name of the field labelled &quot;Current password:&quot;</extracomment>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Screen reader name of the field labelled &quot;New password:&quot;</extracomment>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <extracomment>Screen reader name of the field labelled &quot;Repeat the new password:&quot;</extracomment>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>stages::ClassChoicePage</name>
    <message>
        <source>Which is your class?</source>
        <translation>Which is your class?</translation>
    </message>
    <message>
        <source>No classes yet</source>
        <translation>No classes yet</translation>
    </message>
    <message>
        <source>Ask your teacher to add your class.</source>
        <translation>Ask your teacher to add your class.</translation>
    </message>
    <message>
        <source>The classes cannot be shown now</source>
        <extracomment>Shown to pupils when the list of classes cannot be read (a storage problem)</extracomment>
        <translation>The classes cannot be shown now</translation>
    </message>
    <message>
        <source>Ask your teacher for help.</source>
        <translation>Ask your teacher for help.</translation>
    </message>
    <message>
        <source>Classes</source>
        <extracomment>Screen reader name of the grid of class tiles on the pupil&apos;s sign-in</extracomment>
        <translation>Classes</translation>
    </message>
</context>
<context>
    <name>stages::ClassOverviewModel</name>
    <message>
        <source>Click to see the dashboard of %1.</source>
        <translation>Click to see the dashboard of %1.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A success rate, e.g. &quot;83 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column header: pupils who did an exercise in the last 7 days</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Column header: the median number of stages pupils can do well</extracomment>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>Column header: pupils who need the teacher&apos;s attention</extracomment>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Pupils who did an exercise in the last 7 days</source>
        <translation>Pupils who did an exercise in the last 7 days</translation>
    </message>
    <message>
        <source>Share of attempts that succeeded</source>
        <translation>Share of attempts that succeeded</translation>
    </message>
    <message>
        <source>Median number of stages pupils can do well (proficient or mastered)</source>
        <translation>Median number of stages pupils can do well (proficient or mastered)</translation>
    </message>
    <message>
        <source>Pupils who need your attention</source>
        <translation>Pupils who need your attention</translation>
    </message>
</context>
<context>
    <name>stages::ClassService</name>
    <message>
        <source>There is already a class called &quot;%1&quot;.</source>
        <translation>There is already a class called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Set up the school first.</source>
        <translation>Set up the school first.</translation>
    </message>
</context>
<context>
    <name>stages::ClassTableModel</name>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
</context>
<context>
    <name>stages::CombinatoricsDomain</name>
    <message>
        <source>Colours and shapes</source>
        <extracomment>Pupil home tile of the combinatorics domain</extracomment>
        <translation>Colours and shapes</translation>
    </message>
</context>
<context>
    <name>stages::CombinatoricsProvider</name>
    <message>
        <source>Two elements</source>
        <translation>Two elements</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>Three elements</translation>
    </message>
    <message>
        <source>Choosing and repeating</source>
        <translation>Choosing and repeating</translation>
    </message>
    <message>
        <source>Four elements</source>
        <translation>Four elements</translation>
    </message>
    <message>
        <source>The systematic order</source>
        <translation>The systematic order</translation>
    </message>
    <message>
        <source>Counting without listing</source>
        <translation>Counting without listing</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Creates their own set of arrangements that follows a rule.</source>
        <translation>Creates their own set of arrangements that follows a rule.</translation>
    </message>
    <message>
        <source>Finds and counts every order of two things and every pair from two groups.</source>
        <translation>Finds and counts every order of two things and every pair from two groups.</translation>
    </message>
    <message>
        <source>Predicts, lists and counts the six orders of three things, notices what rows share and spots a missing or doubled one.</source>
        <translation>Predicts, lists and counts the six orders of three things, notices what rows share and spots a missing or doubled one.</translation>
    </message>
    <message>
        <source>Lists and counts choices with repetition, without order and from several groups, and knows when the list is complete.</source>
        <translation>Lists and counts choices with repetition, without order and from several groups, and knows when the list is complete.</translation>
    </message>
    <message>
        <source>Predicts 24 orders, lists them with a system, counts those that start alike and finds the gaps.</source>
        <translation>Predicts 24 orders, lists them with a system, counts those that start alike and finds the gaps.</translation>
    </message>
    <message>
        <source>Paths and outfits</source>
        <translation>Paths and outfits</translation>
    </message>
    <message>
        <source>Lists and counts paths on a grid and outfits from three groups.</source>
        <translation>Lists and counts paths on a grid and outfits from three groups.</translation>
    </message>
    <message>
        <source>Says what comes next in the systematic order and finds the gap in an ordered list.</source>
        <translation>Says what comes next in the systematic order and finds the gap in an ordered list.</translation>
    </message>
    <message>
        <source>Counts the rows that start alike, then all of them, and predicts the count with one more element, without listing.</source>
        <translation>Counts the rows that start alike, then all of them, and predicts the count with one more element, without listing.</translation>
    </message>
    <message>
        <source>Explorer: rings</source>
        <extracomment>An optional stage for older pupils who want more</extracomment>
        <translation>Explorer: rings</translation>
    </message>
    <message>
        <source>Optional, for 10-12: lists and counts rings that are the same when turned or flipped (Burnside&apos;s lemma).</source>
        <translation>Optional, for 10-12: lists and counts rings that are the same when turned or flipped (Burnside&apos;s lemma).</translation>
    </message>
</context>
<context>
    <name>stages::CountdownLabel</name>
    <message>
        <source>Waiting time</source>
        <translation>Waiting time</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <extracomment>Shown while an account must wait after too many wrong sign-in tries; counts down live.</extracomment>
        <translation>
            <numerusform>Too many wrong tries. Please wait %n second.</numerusform>
            <numerusform>Too many wrong tries. Please wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::CreateRule</name>
    <message>
        <source>Starts with</source>
        <extracomment>Rule card (a picture above): every row starts with the element drawn after these words</extracomment>
        <translation>Starts with</translation>
    </message>
    <message>
        <source>Ends with</source>
        <extracomment>Rule card: every row ends with the element drawn after these words</extracomment>
        <translation>Ends with</translation>
    </message>
    <message>
        <source>In every row</source>
        <extracomment>Rule card: the element drawn after these words comes in every row</extracomment>
        <translation>In every row</translation>
    </message>
    <message>
        <source>No twins side by side</source>
        <extracomment>Rule card: no element twice side by side in a row</extracomment>
        <translation>No twins side by side</translation>
    </message>
    <message>
        <source>All different</source>
        <extracomment>Rule card: the rows only have to be different from each other</extracomment>
        <translation>All different</translation>
    </message>
    <message>
        <source>Rows that start with %1</source>
        <extracomment>Title of a pupil&apos;s work for the teacher; %1 an element (&quot;kick&quot;, &quot;blue circle&quot;)</extracomment>
        <translation>Rows that start with %1</translation>
    </message>
    <message>
        <source>Rows that end with %1</source>
        <extracomment>Title of a pupil&apos;s work for the teacher; %1 an element</extracomment>
        <translation>Rows that end with %1</translation>
    </message>
    <message>
        <source>Rows with %1 in each</source>
        <extracomment>Title of a pupil&apos;s work for the teacher; %1 an element that is in every row</extracomment>
        <translation>Rows with %1 in each</translation>
    </message>
    <message>
        <source>Rows with no twins side by side</source>
        <extracomment>Title of a pupil&apos;s work for the teacher</extracomment>
        <translation>Rows with no twins side by side</translation>
    </message>
    <message>
        <source>Different rows</source>
        <extracomment>Title of a pupil&apos;s work for the teacher</extracomment>
        <translation>Different rows</translation>
    </message>
</context>
<context>
    <name>stages::CustomTaskScreen</name>
    <message>
        <source>I&apos;m done</source>
        <extracomment>The pupil says the answer is finished</extracomment>
        <translation>I&apos;m done</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Back to the stage map (the stepping stones)</extracomment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>The next exercise</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>Well done!</source>
        <extracomment>Result title after an exercise on a domain&apos;s own screen</extracomment>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Nearly!</source>
        <translation>Nearly!</translation>
    </message>
    <message>
        <source>Let&apos;s try another one</source>
        <translation>Let&apos;s try another one</translation>
    </message>
</context>
<context>
    <name>stages::DashboardCharts</name>
    <message>
        <source>Progress</source>
        <extracomment>Chart tab: stages pupils reached week by week</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Time on task</translation>
    </message>
    <message>
        <source>Levels per stage</source>
        <extracomment>Chart tab: how many pupils stand at each level, stage by stage</extracomment>
        <translation>Levels per stage</translation>
    </message>
    <message>
        <source>Stages reached per week</source>
        <extracomment>Chart title</extracomment>
        <translation>Stages reached per week</translation>
    </message>
    <message>
        <source>Stages reached (proficient or better)</source>
        <extracomment>Series name: stages pupils brought to Proficient or better in a week</extracomment>
        <translation>Stages reached (proficient or better)</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Axis title: the week (its Monday)</extracomment>
        <translation>Week</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Axis title</extracomment>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Time on task per domain</source>
        <extracomment>Chart title</extracomment>
        <translation>Time on task per domain</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Axis title</extracomment>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Pupils at each level, stage by stage: %1</source>
        <extracomment>Chart title: %1 domain (&quot;Music&quot;)</extracomment>
        <translation>Pupils at each level, stage by stage: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Name of a level in the chart&apos;s key: %1 number, %2 level name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>Axis title</extracomment>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Axis title</extracomment>
        <translation>Pupils</translation>
    </message>
</context>
<context>
    <name>stages::DashboardPanel</name>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>Date range filter: &quot;From [date] to [date]&quot;</extracomment>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <extracomment>Date range filter: &quot;From [date] to [date]&quot;</extracomment>
        <translation>to:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Show the last 12 months</source>
        <translation>Show the last 12 months</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>Shown while the dashboard is being computed</extracomment>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Attention rules…</source>
        <translation>Attention rules…</translation>
    </message>
    <message>
        <source>Choose when a pupil appears in the attention list.</source>
        <translation>Choose when a pupil appears in the attention list.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Double-click a pupil or press Enter to open them.</source>
        <translation>Double-click a pupil or press Enter to open them.</translation>
    </message>
    <message>
        <source>Pupils who need attention</source>
        <translation>Pupils who need attention</translation>
    </message>
    <message>
        <source>All classes</source>
        <extracomment>Title of the table of all classes</extracomment>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Levels of every pupil in %1</source>
        <extracomment>Accessible name of a heat map: %1 domain</extracomment>
        <translation>Levels of every pupil in %1</translation>
    </message>
    <message>
        <source>Nobody in %1 needs attention right now.</source>
        <translation>Nobody in %1 needs attention right now.</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention in %1: %n pupil(s)</source>
        <extracomment>Title of the attention list: %1 class name, %n pupils</extracomment>
        <translation>
            <numerusform>Needs attention in %1: %n pupil</numerusform>
            <numerusform>Needs attention in %1: %n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the dashboard&apos;s class choice (its label says &quot;Class:&quot;)</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Screen reader name of the dashboard&apos;s domain filter (its label says &quot;Domain:&quot;)</extracomment>
        <translation>Domain</translation>
    </message>
    <message>
        <source>From date</source>
        <extracomment>Screen reader name of the first date of the dashboard&apos;s date range</extracomment>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <extracomment>Screen reader name of the last date of the dashboard&apos;s date range</extracomment>
        <translation>To date</translation>
    </message>
</context>
<context>
    <name>stages::DashboardService</name>
    <message>
        <source>There is no such class.</source>
        <translation>There is no such class.</translation>
    </message>
    <message>
        <source>There is no such pupil.</source>
        <translation>There is no such pupil.</translation>
    </message>
</context>
<context>
    <name>stages::Database</name>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Stages (database schema %2; this version knows schema %3 at most).</source>
        <translation>%1 was written by a newer version of Stages (database schema %2; this version knows schema %3 at most).</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 failed: %3</source>
        <translation>Updating %1 to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>The backup cannot replace the database itself.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>Backup to %1 failed its own check: %2</source>
        <translation>Backup to %1 failed its own check: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <source>Cannot open %1 for restoring: %2</source>
        <translation>Cannot open %1 for restoring: %2</translation>
    </message>
    <message>
        <source>Cannot restore into %1: %2</source>
        <translation>Cannot restore into %1: %2</translation>
    </message>
    <message>
        <source>Restoring into %1 failed: %2</source>
        <translation>Restoring into %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another program (Stages on a PC, or stagesctl) kept writing to it for %n second(s), so nothing was restored and the database is unchanged. Close Stages where it uses this database and run the restore again.</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>%1 is busy: another program (Stages on a PC, or stagesctl) kept writing to it for %n second, so nothing was restored and the database is unchanged. Close Stages where it uses this database and run the restore again.</numerusform>
            <numerusform>%1 is busy: another program (Stages on a PC, or stagesctl) kept writing to it for %n seconds, so nothing was restored and the database is unchanged. Close Stages where it uses this database and run the restore again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update %1 to the current schema: %2</source>
        <translation>Cannot update %1 to the current schema: %2</translation>
    </message>
    <message>
        <source>%1 holds no Stages data (it is empty).</source>
        <translation>%1 holds no Stages data (it is empty).</translation>
    </message>
    <message>
        <source>Restore will not overwrite %1: %2 If it really is a broken Stages database, move it away first; otherwise check the --db path.</source>
        <translation>Restore will not overwrite %1: %2 If it really is a broken Stages database, move it away first; otherwise check the --db path.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
    <message>
        <source>This installation of Stages cannot reach a PostgreSQL server (%1): Qt&apos;s PostgreSQL driver is missing (Debian: install libqt6sql6-psql).</source>
        <translation>This installation of Stages cannot reach a PostgreSQL server (%1): Qt&apos;s PostgreSQL driver is missing (Debian: install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds no Stages data yet. The school&apos;s administrator creates it with &quot;stagesctl --db %1 db init&quot;, connected as the database&apos;s owner.</source>
        <translation>%1 holds no Stages data yet. The school&apos;s administrator creates it with &quot;stagesctl --db %1 db init&quot;, connected as the database&apos;s owner.</translation>
    </message>
    <message>
        <source>%1 uses the older database schema %2; this version of Stages needs schema %3. The school&apos;s administrator updates it with &quot;stagesctl --db %1 db migrate&quot;, connected as the database&apos;s owner.</source>
        <translation>%1 uses the older database schema %2; this version of Stages needs schema %3. The school&apos;s administrator updates it with &quot;stagesctl --db %1 db migrate&quot;, connected as the database&apos;s owner.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Stages database. It was left unchanged.</source>
        <translation>%1 holds the tables of another program, not a Stages database. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is a school server: back it up with the server&apos;s own tools (pg_dump). &quot;db backup&quot; copies a local database file.</source>
        <translation>%1 is a school server: back it up with the server&apos;s own tools (pg_dump). &quot;db backup&quot; copies a local database file.</translation>
    </message>
    <message>
        <source>%1 is a school server: restore it with the server&apos;s own tools (pg_restore). &quot;db restore&quot; replaces a local database file.</source>
        <translation>%1 is a school server: restore it with the server&apos;s own tools (pg_restore). &quot;db restore&quot; replaces a local database file.</translation>
    </message>
</context>
<context>
    <name>stages::DatabaseFile</name>
    <message>
        <source>%1 is damaged and cannot be used (%2). It was left unchanged; restore it from a backup with &quot;stagesctl db restore&quot;.</source>
        <translation>%1 is damaged and cannot be used (%2). It was left unchanged; restore it from a backup with &quot;stagesctl db restore&quot;.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Stages database. It was left unchanged.</source>
        <translation>%1 is an SQLite file of another program, not a Stages database. It was left unchanged.</translation>
    </message>
    <message>
        <source>its schema version cannot be read</source>
        <translation>its schema version cannot be read</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Stages (database schema %2; this version knows schema %3 at most). Update Stages to open it. The file was left unchanged.</source>
        <translation>%1 was written by a newer version of Stages (database schema %2; this version knows schema %3 at most). Update Stages to open it. The file was left unchanged.</translation>
    </message>
    <message>
        <source>broken links between records</source>
        <translation>broken links between records</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path, or create a new database with &quot;stagesctl db init&quot;.</source>
        <translation>%1 does not exist. Check the path, or create a new database with &quot;stagesctl db init&quot;.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that this user may read the file.</source>
        <translation>Cannot read %1: %2. Check that this user may read the file.</translation>
    </message>
    <message>
        <source>%1 is not a Stages database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 is not a Stages database (it is not an SQLite file). It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its folder %2 is read-only, and SQLite needs to write small files (-wal, -shm) next to it. Give this user write access to the folder, or copy the database and its -wal file to a writable folder.</source>
        <translation>%1 cannot be read here: its folder %2 is read-only, and SQLite needs to write small files (-wal, -shm) next to it. Give this user write access to the folder, or copy the database and its -wal file to a writable folder.</translation>
    </message>
    <message>
        <source>%1 is read-only for this user: Stages can read it but cannot save anything. The file and its folder %2 must both be writable (SQLite keeps -wal and -shm files next to the database). Fix the permissions, or use a copy in a writable folder.</source>
        <translation>%1 is read-only for this user: Stages can read it but cannot save anything. The file and its folder %2 must both be writable (SQLite keeps -wal and -shm files next to the database). Fix the permissions, or use a copy in a writable folder.</translation>
    </message>
</context>
<context>
    <name>stages::DatabaseOpener</name>
    <message>
        <source>Stages cannot open the database &quot;%1&quot;.

%2</source>
        <translation>Stages cannot open the database &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>Stages cannot open the database</source>
        <translation>Stages cannot open the database</translation>
    </message>
</context>
<context>
    <name>stages::DemoSeeder</name>
    <message>
        <source>The number of classes must be between 1 and 40.</source>
        <translation>The number of classes must be between 1 and 40.</translation>
    </message>
    <message>
        <source>The number of pupils must be between 0 and 5000.</source>
        <translation>The number of pupils must be between 0 and 5000.</translation>
    </message>
    <message>
        <source>Demo Primary School</source>
        <translation>Demo Primary School</translation>
    </message>
    <message>
        <source>This database already holds the school &quot;%1&quot;. Demo people are only added to it when you ask for it with --into-existing.</source>
        <translation>This database already holds the school &quot;%1&quot;. Demo people are only added to it when you ask for it with --into-existing.</translation>
    </message>
</context>
<context>
    <name>stages::DomainPage</name>
    <message>
        <source>%1: choose a stone</source>
        <extracomment>Title of a domain&apos;s stage map; %1 is the domain (&quot;Music&quot;), the stones are the stages</extracomment>
        <translation>%1: choose a stone</translation>
    </message>
    <message>
        <source>New level: %1!</source>
        <extracomment>After an exercise, when the pupil reached a new level in a stage; %1 is the level (&quot;familiar&quot;)</extracomment>
        <translation>New level: %1!</translation>
    </message>
</context>
<context>
    <name>stages::EditPupilCommand</name>
    <message>
        <source>edit %1</source>
        <extracomment>The undo menu&apos;s name for changing a pupil (&quot;Undo edit Pia Pupil&quot;); %1 is the new name</extracomment>
        <translation>edit %1</translation>
    </message>
</context>
<context>
    <name>stages::EditPupilDialog</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the dialog that changes a pupil&apos;s name and class; %1 is the name</extracomment>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Screen reader name of the field labelled &quot;Name:&quot;</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>stages::EducatorPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the educators (Esc)</source>
        <translation>Back to the educators (Esc)</translation>
    </message>
    <message>
        <source>Record evidence</source>
        <translation>Record evidence</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the selected record; the old values stay in the audit log.</source>
        <translation>Correct the selected record; the old values stay in the audit log.</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <source>Sign a certificate of this programme; if something is missing you see what.</source>
        <translation>Sign a certificate of this programme; if something is missing you see what.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Enter or double-click corrects a record.</source>
        <translation>Enter or double-click corrects a record.</translation>
    </message>
    <message>
        <source>trained by %1</source>
        <extracomment>On the educator page: who trains them</extracomment>
        <translation>trained by %1</translation>
    </message>
    <message>
        <source>founding trainer</source>
        <translation>founding trainer</translation>
    </message>
    <message>
        <source>%1: revoked on %2 (%3)</source>
        <extracomment>A revoked certificate on the educator page: programme, date, reason</extracomment>
        <translation>%1: revoked on %2 (%3)</translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation>%1: expired on %2</translation>
    </message>
    <message>
        <source>%1: valid until %2 (code %3)</source>
        <translation>%1: valid until %2 (code %3)</translation>
    </message>
    <message>
        <source>%1: valid (code %2)</source>
        <translation>%1: valid (code %2)</translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>No certificates yet.</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Certificates: %1</translation>
    </message>
    <message>
        <source>Needs first: %1</source>
        <translation>Needs first: %1</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <extracomment>Programme tab of an educator who may be certified now</extracomment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Not ready yet</translation>
    </message>
    <message>
        <source>%1 cannot get the %2 certificate yet. Still missing:</source>
        <extracomment>Before the list of what an educator still needs for a certificate</extracomment>
        <translation>%1 cannot get the %2 certificate yet. Still missing:</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>%1 will get the %2 certificate, signed with the organisation&apos;s key. Your password unlocks the key for this one signature.</source>
        <extracomment>Explanation in the password dialog before a certificate is signed</extracomment>
        <translation>%1 will get the %2 certificate, signed with the organisation&apos;s key. Your password unlocks the key for this one signature.</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Sign and issue</translation>
    </message>
    <message>
        <source>Certificate issued. Its verification code is %1; export it on the Certificates page.</source>
        <extracomment>After issuing: the verification code printed on the certificate</extracomment>
        <translation>Certificate issued. Its verification code is %1; export it on the Certificates page.</translation>
    </message>
    <message>
        <source>Progress towards the requirements</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Progress towards the requirements</translation>
    </message>
</context>
<context>
    <name>stages::EducatorTableModel</name>
    <message>
        <source>A founding trainer of the organisation</source>
        <extracomment>Tooltip on an educator: one of the organisation&apos;s first trainers</extracomment>
        <translation>A founding trainer of the organisation</translation>
    </message>
    <message>
        <source>Only a record: no account in this database</source>
        <translation>Only a record: no account in this database</translation>
    </message>
    <message>
        <source>Has an account in Stages</source>
        <translation>Has an account in Stages</translation>
    </message>
    <message>
        <source>%1 · may sign</source>
        <translation>%1 · may sign</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Educators table: nobody trains this educator (a founding trainer, say)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>Column: the educator&apos;s school or organisation</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Trained by</translation>
    </message>
</context>
<context>
    <name>stages::EducatorsPage</name>
    <message>
        <source>Educators</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Educators</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Progress, evidence and certificates of the selected educator (Enter)</source>
        <translation>Progress, evidence and certificates of the selected educator (Enter)</translation>
    </message>
    <message>
        <source>Add educator…</source>
        <translation>Add educator…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Status filter of the Educators page: every status</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>Search by name or organisation</source>
        <translation>Search by name or organisation</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an educator.</source>
        <translation>Double-click or press Enter to open an educator.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <extracomment>How many educators the table shows after the filters, of how many there are</extracomment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Screen reader name of the status filter of the educators</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search educators</source>
        <extracomment>Screen reader name of the search field of the educators</extracomment>
        <translation>Search educators</translation>
    </message>
</context>
<context>
    <name>stages::EvidenceDialog</name>
    <message>
        <source>Correct: %1</source>
        <extracomment>Dialog title: correct a piece of evidence, e.g. &quot;Correct: Observed lesson&quot;</extracomment>
        <translation>Correct: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Dialog intro: educator and programme, e.g. &quot;Jana Nováková · Stages teacher&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Unit after the number of workshop hours</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Weeks:</translation>
    </message>
    <message>
        <source>Typed in above</source>
        <extracomment>Practicum: the weeks are typed in, not counted from a class in Stages</extracomment>
        <translation>Typed in above</translation>
    </message>
    <message>
        <source>Count from class %1</source>
        <extracomment>Practicum counted from a class of this school, e.g. &quot;Count from class 2.B&quot;</extracomment>
        <translation>Count from class %1</translation>
    </message>
    <message>
        <source>Weeks with at least one exercise by a pupil of the class since the date count.</source>
        <translation>Weeks with at least one exercise by a pupil of the class since the date count.</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <source>Score each criterion of the lesson from 1 to 4:</source>
        <extracomment>Above the rubric form of an observed lesson</extracomment>
        <translation>Score each criterion of the lesson from 1 to 4:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>What happened, what to work on next (optional)</source>
        <translation>What happened, what to work on next (optional)</translation>
    </message>
    <message>
        <source>The old values stay in the audit log.</source>
        <translation>The old values stay in the audit log.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 4 for every criterion.</source>
        <translation>Choose a score from 1 to 4 for every criterion.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Screen reader name of the field labelled &quot;Date:&quot;</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Screen reader name of the field labelled &quot;Hours:&quot;</extracomment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <extracomment>Screen reader name of the field labelled &quot;Weeks:&quot;</extracomment>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the field labelled &quot;Class:&quot;</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>Items</source>
        <extracomment>Screen reader name of the field labelled &quot;Items:&quot;</extracomment>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>stages::EvidenceTableModel</name>
    <message>
        <source>Workshop hours</source>
        <translation>Workshop hours</translation>
    </message>
    <message>
        <source>Practicum</source>
        <extracomment>Evidence kind: weeks of teaching Stages with a class</extracomment>
        <translation>Practicum</translation>
    </message>
    <message>
        <source>Observed lesson</source>
        <translation>Observed lesson</translation>
    </message>
    <message>
        <source>Portfolio items</source>
        <translation>Portfolio items</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Evidence amount: hours of workshops</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 weeks (from the class&apos;s activity)</source>
        <extracomment>Practicum counted from a class&apos;s real activity in Stages</extracomment>
        <translation>%1 weeks (from the class&apos;s activity)</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <source>scores %1</source>
        <extracomment>Rubric scores of an observed lesson, one per criterion, e.g. &quot;scores 4 3 4 3&quot;</extracomment>
        <translation>scores %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>Corrected on %1; the old values are in the audit log.</source>
        <extracomment>Tooltip on an evidence record: when it was corrected</extracomment>
        <translation>Corrected on %1; the old values are in the audit log.</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <extracomment>Who recorded a piece of evidence, and that it was corrected later</extracomment>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: the kind of evidence (workshop, practicum …)</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount or scores</source>
        <extracomment>Column: hours, weeks, items or rubric scores of a piece of evidence</extracomment>
        <translation>Amount or scores</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>stages::ExerciseRun</name>
    <message>
        <source>My rows, %1</source>
        <extracomment>Title of a pupil&apos;s own set of arrangements kept for the teacher; %1 is the date</extracomment>
        <translation>My rows, %1</translation>
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
        <translation>Hint</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <extracomment>The pupil has finished the exercise</extracomment>
        <translation>I&apos;m done</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Let&apos;s play</source>
        <translation>Let&apos;s play</translation>
    </message>
    <message>
        <source>A row looks like this:</source>
        <extracomment>Before one example arrangement in a counting exercise</extracomment>
        <translation>A row looks like this:</translation>
    </message>
    <message>
        <source>Empty the row</source>
        <translation>Empty the row</translation>
    </message>
    <message>
        <source>Great!</source>
        <translation>Great!</translation>
    </message>
    <message>
        <source>Yes!</source>
        <translation>Yes!</translation>
    </message>
    <message>
        <source>Super!</source>
        <translation>Super!</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>You have this one already!</source>
        <translation>You have this one already!</translation>
    </message>
    <message>
        <source>This one does not fit. Try another!</source>
        <translation>This one does not fit. Try another!</translation>
    </message>
    <message>
        <source>This one breaks the rule!</source>
        <translation>This one breaks the rule!</translation>
    </message>
    <message>
        <source>%1 of %2 made</source>
        <extracomment>How many rows of their own the pupil has made, of how many asked</extracomment>
        <translation>%1 of %2 made</translation>
    </message>
    <message>
        <source>%1 of %2 found</source>
        <extracomment>Rows found so far, of how many there are</extracomment>
        <translation>%1 of %2 found</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>Try this one!</source>
        <translation>Try this one!</translation>
    </message>
    <message>
        <source>Make one more!</source>
        <translation>Make one more!</translation>
    </message>
    <message>
        <source>All there! Tap “I&apos;m done”.</source>
        <translation>All there! Tap “I&apos;m done”.</translation>
    </message>
    <message>
        <source>Fewer!</source>
        <translation>Fewer!</translation>
    </message>
    <message>
        <source>More!</source>
        <translation>More!</translation>
    </message>
    <message>
        <source>Look at this box again</source>
        <translation>Look at this box again</translation>
    </message>
    <message>
        <source>Look again!</source>
        <translation>Look again!</translation>
    </message>
    <message>
        <source>Tap a number</source>
        <translation>Tap a number</translation>
    </message>
    <message>
        <source>Tap a row</source>
        <translation>Tap a row</translation>
    </message>
    <message>
        <source>Fill every box</source>
        <translation>Fill every box</translation>
    </message>
    <message>
        <source>Good try!</source>
        <translation>Good try!</translation>
    </message>
    <message>
        <source>Play the row</source>
        <translation>Play the row</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) start like this one. And with the others?</source>
        <extracomment>Counting hint: %n rows begin with the element shown first in the example row</extracomment>
        <translation>
            <numerusform>%n row starts like this one. And with the others?</numerusform>
            <numerusform>%n rows start like this one. And with the others?</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with this one. Which rows begin with it?</source>
        <extracomment>Hint in build-all: a missing row starts with the element shown in the first box</extracomment>
        <translation>Start with this one. Which rows begin with it?</translation>
    </message>
    <message>
        <source>Now a row can also start with the new one. How many rows start with each?</source>
        <extracomment>Hint for predicting the count with one more element</extracomment>
        <translation>Now a row can also start with the new one. How many rows start with each?</translation>
    </message>
    <message>
        <source>It stays first. How many ways are there for the rest?</source>
        <translation>It stays first. How many ways are there for the rest?</translation>
    </message>
    <message>
        <source>Here is one. It stays first. Change the rest: how many more?</source>
        <extracomment>Hint for &quot;how many rows start with this one&quot;: the first place stays, the rest change</extracomment>
        <translation>Here is one. It stays first. Change the rest: how many more?</translation>
    </message>
    <message>
        <source>Take one of them. Is it in every row?</source>
        <extracomment>Hint for &quot;what is the same in every row&quot; when the order in a row does not matter</extracomment>
        <translation>Take one of them. Is it in every row?</translation>
    </message>
    <message>
        <source>Look at this place in every row. Is it always the same?</source>
        <extracomment>Hint for &quot;what is the same in every row&quot;: one place is outlined in every row</extracomment>
        <translation>Look at this place in every row. Is it always the same?</translation>
    </message>
    <message numerus="yes">
        <source>%n made</source>
        <extracomment>Rows of their own the pupil made, when that is as many as asked or more (or none was asked)</extracomment>
        <translation>
            <numerusform>%n made</numerusform>
            <numerusform>%n made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::ExerciseWords</name>
    <message>
        <source>Make all the different rows</source>
        <translation>Make all the different rows</translation>
    </message>
    <message>
        <source>How many different rows are there?</source>
        <translation>How many different rows are there?</translation>
    </message>
    <message numerus="yes">
        <source>Which %n row(s) are missing?</source>
        <extracomment>find-missing: one row or several rows are missing from the list</extracomment>
        <translation>
            <numerusform>Which row is missing?</numerusform>
            <numerusform>Which %n rows are missing?</numerusform>
        </translation>
    </message>
    <message>
        <source>One row is here twice. Tap it!</source>
        <translation>One row is here twice. Tap it!</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>What comes next?</translation>
    </message>
    <message>
        <source>Make the same row with these</source>
        <translation>Make the same row with these</translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own that start with</source>
        <translation>
            <numerusform>Make %n row of your own that starts with</numerusform>
            <numerusform>Make %n rows of your own that start with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own: no twins side by side</source>
        <translation>
            <numerusform>Make %n row of your own: no twins side by side</numerusform>
            <numerusform>Make %n rows of your own: no twins side by side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n different rows of your own</source>
        <translation>
            <numerusform>Make %n row of your own</numerusform>
            <numerusform>Make %n different rows of your own</numerusform>
        </translation>
    </message>
    <message>
        <source>Order matters: ●■ and ■● are two rows.</source>
        <translation>Order matters: ●■ and ■● are two rows.</translation>
    </message>
    <message>
        <source>Order does not matter: ●■ is the same as ■●.</source>
        <translation>Order does not matter: ●■ is the same as ■●.</translation>
    </message>
    <message>
        <source>One may come again.</source>
        <translation>One may come again.</translation>
    </message>
    <message>
        <source>Each one only once.</source>
        <translation>Each one only once.</translation>
    </message>
    <message>
        <source>Use every one, each once.</source>
        <translation>Use every one, each once.</translation>
    </message>
    <message>
        <source>Take one from each group.</source>
        <translation>Take one from each group.</translation>
    </message>
    <message>
        <source>It is a ring: turning it gives the same one.</source>
        <extracomment>Rule for beads on a ring (necklaces)</extracomment>
        <translation>It is a ring: turning it gives the same one.</translation>
    </message>
    <message>
        <source>It is a ring: turning or flipping it gives the same one.</source>
        <extracomment>Rule for beads on a ring that can be turned over (bracelets)</extracomment>
        <translation>It is a ring: turning or flipping it gives the same one.</translation>
    </message>
    <message>
        <source>Walk from the start to the goal: only right and up.</source>
        <extracomment>Rule for paths on a grid: the arrows are steps</extracomment>
        <translation>Walk from the start to the goal: only right and up.</translation>
    </message>
    <message>
        <source>The beats are spread out evenly. Starting at another place makes a new row.</source>
        <extracomment>Rule for Euclidean rhythms: the beats are spread out, a row may start anywhere in the rhythm</extracomment>
        <translation>The beats are spread out evenly. Starting at another place makes a new row.</translation>
    </message>
    <message>
        <source>It is the very same row.</source>
        <translation>It is the very same row.</translation>
    </message>
    <message>
        <source>The same ones, only in another order.</source>
        <translation>The same ones, only in another order.</translation>
    </message>
    <message>
        <source>Turn the ring and it is the same one.</source>
        <translation>Turn the ring and it is the same one.</translation>
    </message>
    <message>
        <source>Flip the ring over and it is the same one.</source>
        <translation>Flip the ring over and it is the same one.</translation>
    </message>
    <message>
        <source>Pick a rule for your rows!</source>
        <extracomment>create: the pupil first picks a rule from picture cards</extracomment>
        <translation>Pick a rule for your rows!</translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own that end with</source>
        <extracomment>create: the element the rows end with is shown after these words</extracomment>
        <translation>
            <numerusform>Make %n row of your own that ends with</numerusform>
            <numerusform>Make %n rows of your own that end with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n rows of your own, each one with</source>
        <extracomment>create: the element shown after these words must be in every row</extracomment>
        <translation>
            <numerusform>Make %n row of your own with</numerusform>
            <numerusform>Make %n rows of your own, each one with</numerusform>
        </translation>
    </message>
    <message>
        <source>How many rows start with this one?</source>
        <extracomment>The element the rows start with is shown next to these words</extracomment>
        <translation>How many rows start with this one?</translation>
    </message>
    <message>
        <source>What is the same in every row?</source>
        <extracomment>Noticing: the pupil taps the element (or the element in its place) every shown row shares</extracomment>
        <translation>What is the same in every row?</translation>
    </message>
    <message numerus="yes">
        <source>These make %n row(s). How many with one more?</source>
        <extracomment>Predicting: the elements shown make %n rows; one more element joins them</extracomment>
        <translation>
            <numerusform>These make %n row. How many with one more?</numerusform>
            <numerusform>These make %n rows. How many with one more?</numerusform>
        </translation>
    </message>
    <message>
        <source>Order matters.</source>
        <extracomment>Rule on an exercise screen: A B and B A are two different rows</extracomment>
        <translation>Order matters.</translation>
    </message>
    <message>
        <source>Order does not matter.</source>
        <extracomment>Rule on an exercise screen: A B and B A are the same</extracomment>
        <translation>Order does not matter.</translation>
    </message>
    <message>
        <source>Flip the ring over and turn it, and it is the same one.</source>
        <translation>Flip the ring over and turn it, and it is the same one.</translation>
    </message>
</context>
<context>
    <name>stages::FirstFetch</name>
    <message>
        <source>Fetching the school from the school server…</source>
        <translation>Fetching the school from the school server…</translation>
    </message>
    <message>
        <source>The school server %1 asks for a password:</source>
        <extracomment>Asked at start when the school server wants a password and none is stored; %1 the server</extracomment>
        <translation>The school server %1 asks for a password:</translation>
    </message>
    <message>
        <source>This PC has not fetched the school from the school server yet, and it cannot do so now:
%1

Check the network or ask the IT administrator.</source>
        <translation>This PC has not fetched the school from the school server yet, and it cannot do so now:
%1

Check the network or ask the IT administrator.</translation>
    </message>
</context>
<context>
    <name>stages::GeometryDomain</name>
    <message>
        <source>Geometry</source>
        <extracomment>Pupil home tile of the geometry and drawing domain</extracomment>
        <translation>Geometry</translation>
    </message>
</context>
<context>
    <name>stages::Greeting</name>
    <message>
        <source>Hello!</source>
        <extracomment>Greeting of a pupil whose name cannot be put in the right form (Czech vocative)</extracomment>
        <translation>Hello!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <extracomment>Greeting of a pupil; %1 is the first name in the form used to call someone (Czech: the vocative, &quot;Ahoj, Filipe!&quot;)</extracomment>
        <translation>Hello, %1!</translation>
    </message>
</context>
<context>
    <name>stages::HeatMapModel</name>
    <message>
        <source>Double-click or press Enter to open %1.</source>
        <extracomment>Tooltip on a pupil&apos;s name in the heat map</extracomment>
        <translation>Double-click or press Enter to open %1.</translation>
    </message>
    <message>
        <source>%1
Stage %2: %3
%4</source>
        <extracomment>Heat map tooltip: %1 pupil, %2 stage number, %3 stage title, %4 level name (e.g. &quot;proficient&quot;)</extracomment>
        <translation>%1
Stage %2: %3
%4</translation>
    </message>
    <message>
        <source>%1, stage %2: %3</source>
        <extracomment>Read by a screen reader for one heat map cell: %1 pupil, %2 stage number, %3 level name</extracomment>
        <translation>%1, stage %2: %3</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <extracomment>Heat map column header tooltip: %1 stage number, %2 stage title</extracomment>
        <translation>Stage %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::HistorySeeder</name>
    <message>
        <source>A demo history can only be written into an SQLite database.</source>
        <translation>A demo history can only be written into an SQLite database.</translation>
    </message>
    <message>
        <source>This database already holds attempts; a demo history is only added to a school without any, so that mastery agrees with the attempts.</source>
        <translation>This database already holds attempts; a demo history is only added to a school without any, so that mastery agrees with the attempts.</translation>
    </message>
    <message>
        <source>The number of attempts must be between 0 and %1.</source>
        <translation>The number of attempts must be between 0 and %1.</translation>
    </message>
    <message>
        <source>There are no exercises to make a history from.</source>
        <translation>There are no exercises to make a history from.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no exercises at its first stage.</source>
        <translation>The domain &quot;%1&quot; has no exercises at its first stage.</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no exercises.</source>
        <translation>Stage %1 of &quot;%2&quot; has no exercises.</translation>
    </message>
    <message>
        <source>The school has no pupils in classes yet.</source>
        <translation>The school has no pupils in classes yet.</translation>
    </message>
    <message>
        <source>The year before %1 has no school days.</source>
        <translation>The year before %1 has no school days.</translation>
    </message>
</context>
<context>
    <name>stages::ItemRowWidget</name>
    <message>
        <source>empty</source>
        <extracomment>A screen reader&apos;s word for a place of a row with no token in it yet</extracomment>
        <translation>empty</translation>
    </message>
    <message>
        <source>Your row: %1</source>
        <extracomment>A row of tokens for a screen reader; %1 lists the tokens (&quot;red, blue, red&quot;)</extracomment>
        <translation>Your row: %1</translation>
    </message>
    <message>
        <source>Row: %1</source>
        <translation>Row: %1</translation>
    </message>
    <message>
        <source>%1, found</source>
        <extracomment>A row on the result page the pupil found; %1 is the row</extracomment>
        <translation>%1, found</translation>
    </message>
    <message>
        <source>%1, missing</source>
        <extracomment>A row on the result page the pupil did not find; %1 is the row</extracomment>
        <translation>%1, missing</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <extracomment>The row the pupil chose; %1 is the row</extracomment>
        <translation>%1, chosen</translation>
    </message>
    <message>
        <source>%1, wrong</source>
        <extracomment>A wrong row; %1 is the row</extracomment>
        <translation>%1, wrong</translation>
    </message>
    <message>
        <source>Place %1: %2</source>
        <extracomment>A place of a row for a screen reader: %1 its number from the left, %2 the token in it</extracomment>
        <translation>Place %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::LatticeGridWidget</name>
    <message>
        <source>The path on the grid</source>
        <extracomment>The picture of a path on a grid, beside the row of arrows the pupil builds</extracomment>
        <translation>The path on the grid</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Beside the bottom-left corner of the grid, where every path begins</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Goal</source>
        <extracomment>Beside the top-right corner of the grid (a star), where every path ends</extracomment>
        <translation>Goal</translation>
    </message>
</context>
<context>
    <name>stages::LeaveKioskDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Only a teacher or an administrator can end kiosk mode.</source>
        <translation>Only a teacher or an administrator can end kiosk mode.</translation>
    </message>
    <message>
        <source>A teacher or administrator can end kiosk mode with their login and password.</source>
        <translation>A teacher or administrator can end kiosk mode with their login and password.</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>The user name a teacher signs in with, e.g. &quot;jana.novakova&quot;</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <source>Login:</source>
        <extracomment>Label of the user-name field in the leave-kiosk dialog</extracomment>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Type your login first.</source>
        <translation>Type your login first.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>stages::LineagePage</name>
    <message>
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
    <message>
        <source>Who certified whom. The founding trainers of the organisation stand at the top; each educator sits under the trainer who signed their latest certificate.</source>
        <translation>Who certified whom. The founding trainers of the organisation stand at the top; each educator sits under the trainer who signed their latest certificate.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an educator.</source>
        <translation>Double-click or press Enter to open an educator.</translation>
    </message>
    <message>
        <source>Lineage of trainers</source>
        <extracomment>Screen reader name of the tree of who trained whom</extracomment>
        <translation>Lineage of trainers</translation>
    </message>
</context>
<context>
    <name>stages::LineageTreeModel</name>
    <message>
        <source>Educator</source>
        <translation>Educator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relation</source>
        <extracomment>Lineage column: how the educator hangs under their parent</extracomment>
        <translation>Relation</translation>
    </message>
    <message>
        <source>founding trainer</source>
        <extracomment>Lineage: a root of the tree, certified by nobody here</extracomment>
        <translation>founding trainer</translation>
    </message>
    <message>
        <source>certified by %1</source>
        <extracomment>Lineage: the parent row certified this educator</extracomment>
        <translation>certified by %1</translation>
    </message>
    <message>
        <source>in training with %1</source>
        <extracomment>Lineage: the parent row trains this educator, no certificate yet</extracomment>
        <translation>in training with %1</translation>
    </message>
</context>
<context>
    <name>stages::MainWindow</name>
    <message>
        <source>Leave kiosk mode (Ctrl+Alt+Q)</source>
        <translation>Leave kiosk mode (Ctrl+Alt+Q)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
</context>
<context>
    <name>stages::MasteryLegend</name>
    <message>
        <source>Levels</source>
        <extracomment>Title of the heat map&apos;s key (&quot;0 not started, 1 attempted ...&quot;)</extracomment>
        <translation>Levels</translation>
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
        <translation>not started</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>attempted</translation>
    </message>
    <message>
        <source>familiar</source>
        <translation>familiar</translation>
    </message>
    <message>
        <source>proficient</source>
        <translation>proficient</translation>
    </message>
    <message>
        <source>mastered</source>
        <translation>mastered</translation>
    </message>
</context>
<context>
    <name>stages::MelodyArtifactPanel</name>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Export MIDI…</source>
        <translation>Export MIDI…</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 beats a minute, %2</source>
        <extracomment>Below a pupil&apos;s melody: number of notes, tempo and instrument</extracomment>
        <translation>
            <numerusform>%n note, %1 beats a minute, %2</numerusform>
            <numerusform>%n notes, %1 beats a minute, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No sound on this computer: %1 The notes light up instead, so you can follow the melody.</source>
        <extracomment>%1 is why (no SoundFont, no sound device), already a sentence</extracomment>
        <translation>No sound on this computer: %1 The notes light up instead, so you can follow the melody.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Export the melody as MIDI</source>
        <translation>Export the melody as MIDI</translation>
    </message>
    <message>
        <source>MIDI files (*.mid)</source>
        <translation>MIDI files (*.mid)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>stages::MovementDomain</name>
    <message>
        <source>Movement</source>
        <extracomment>Pupil home tile of the movement (karate) domain</extracomment>
        <translation>Movement</translation>
    </message>
</context>
<context>
    <name>stages::MovementProvider</name>
    <message>
        <source>Two moves</source>
        <translation>Two moves</translation>
    </message>
    <message>
        <source>Three moves</source>
        <translation>Three moves</translation>
    </message>
    <message>
        <source>Repeating moves</source>
        <translation>Repeating moves</translation>
    </message>
    <message>
        <source>Four moves</source>
        <translation>Four moves</translation>
    </message>
    <message>
        <source>The order of katas</source>
        <translation>The order of katas</translation>
    </message>
    <message>
        <source>Counting katas</source>
        <translation>Counting katas</translation>
    </message>
    <message>
        <source>My own katas</source>
        <translation>My own katas</translation>
    </message>
    <message>
        <source>Creates a set of katas that follows a rule, for the class to perform.</source>
        <translation>Creates a set of katas that follows a rule, for the class to perform.</translation>
    </message>
    <message>
        <source>Finds and counts both orders of two karate moves and a move done twice.</source>
        <translation>Finds and counts both orders of two karate moves and a move done twice.</translation>
    </message>
    <message>
        <source>Predicts, does and counts all six katas of three moves, notices what they share and spots a missing or doubled one.</source>
        <translation>Predicts, does and counts all six katas of three moves, notices what they share and spots a missing or doubled one.</translation>
    </message>
    <message>
        <source>Lists and counts katas in which a move may come again, and pairs of moves in any order.</source>
        <translation>Lists and counts katas in which a move may come again, and pairs of moves in any order.</translation>
    </message>
    <message>
        <source>Predicts the 24 katas of four moves, lists them with a system and finds the gaps.</source>
        <translation>Predicts the 24 katas of four moves, lists them with a system and finds the gaps.</translation>
    </message>
    <message>
        <source>Says which kata comes next in the systematic order and finds the gap in an ordered list.</source>
        <translation>Says which kata comes next in the systematic order and finds the gap in an ordered list.</translation>
    </message>
    <message>
        <source>Counts the katas that start alike, then all of them, without performing them, and predicts one more move.</source>
        <translation>Counts the katas that start alike, then all of them, without performing them, and predicts one more move.</translation>
    </message>
</context>
<context>
    <name>stages::MusicDomain</name>
    <message>
        <source>Music</source>
        <extracomment>Pupil home tile of the music domain</extracomment>
        <translation>Music</translation>
    </message>
</context>
<context>
    <name>stages::MusicDomainView</name>
    <message>
        <source>Instruments</source>
        <extracomment>Pupil home tile: free play on the xylophone, piano and drums</extracomment>
        <translation>Instruments</translation>
    </message>
</context>
<context>
    <name>stages::NeedsAttentionModel</name>
    <message>
        <source>Double-click or press Enter to open %1.</source>
        <translation>Double-click or press Enter to open %1.</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Last active: the pupil has never done an exercise</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>Column header: why a pupil needs the teacher&apos;s attention</extracomment>
        <translation>Why</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Stages</source>
        <extracomment>Column header: stages at Proficient or better</extracomment>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Stages the pupil can do well (proficient or mastered)</source>
        <translation>Stages the pupil can do well (proficient or mastered)</translation>
    </message>
</context>
<context>
    <name>stages::OpenBadge</name>
    <message>
        <source>Certified in the %1 programme of the Stages method, level %2.</source>
        <extracomment>Open Badge description; %1 is the programme (&quot;Stages teacher&quot;), %2 its level (1)</extracomment>
        <translation>Certified in the %1 programme of the Stages method, level %2.</translation>
    </message>
    <message>
        <source>Met every requirement of the %1 programme (workshops, teaching practice, observed lessons and portfolio, as the programme sets them) and was certified by a certified Stages trainer.</source>
        <extracomment>Open Badge criteria; %1 is the programme (&quot;Stages teacher&quot;)</extracomment>
        <translation>Met every requirement of the %1 programme (workshops, teaching practice, observed lessons and portfolio, as the programme sets them) and was certified by a certified Stages trainer.</translation>
    </message>
</context>
<context>
    <name>stages::OrganisationKey</name>
    <message>
        <source>The key protection settings are not allowed.</source>
        <translation>The key protection settings are not allowed.</translation>
    </message>
    <message>
        <source>There is no signing key to protect.</source>
        <translation>There is no signing key to protect.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the signing key.</source>
        <translation>There is not enough memory to protect the signing key.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the signing key.</source>
        <translation>There is not enough memory to open the signing key.</translation>
    </message>
    <message>
        <source>That password does not unlock the signing key.</source>
        <extracomment>Shown when a trainer types a password to sign a certificate.</extracomment>
        <translation>That password does not unlock the signing key.</translation>
    </message>
</context>
<context>
    <name>stages::PageTitle</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>stages::PdfAttachments</name>
    <message>
        <source>This file is not a PDF.</source>
        <translation>This file is not a PDF.</translation>
    </message>
    <message>
        <source>This PDF is encrypted, so its attached files cannot be read.</source>
        <translation>This PDF is encrypted, so its attached files cannot be read.</translation>
    </message>
    <message>
        <source>This PDF stores its parts in compressed object streams, which Stages cannot read.</source>
        <translation>This PDF stores its parts in compressed object streams, which Stages cannot read.</translation>
    </message>
    <message>
        <source>This PDF is damaged: its catalog cannot be found.</source>
        <translation>This PDF is damaged: its catalog cannot be found.</translation>
    </message>
    <message>
        <source>An attached file in this PDF is damaged.</source>
        <translation>An attached file in this PDF is damaged.</translation>
    </message>
    <message>
        <source>An attached file in this PDF is too big to read.</source>
        <translation>An attached file in this PDF is too big to read.</translation>
    </message>
    <message>
        <source>The attached file %1 is compressed in a way Stages cannot read.</source>
        <extracomment>%1 is the attached file&apos;s name</extracomment>
        <translation>The attached file %1 is compressed in a way Stages cannot read.</translation>
    </message>
</context>
<context>
    <name>stages::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>stages::PicturePasswordInput</name>
    <message>
        <source>Tap to take this picture back</source>
        <translation>Tap to take this picture back</translation>
    </message>
</context>
<context>
    <name>stages::PicturePasswordPage</name>
    <message>
        <source>Tap your 3 pictures</source>
        <translation>Tap your 3 pictures</translation>
    </message>
</context>
<context>
    <name>stages::PrivacyNotice</name>
    <message>
        <source>For parents: what Stages keeps about your child</source>
        <translation>For parents: what Stages keeps about your child</translation>
    </message>
    <message>
        <source>Stages stores your child&apos;s name and class, their picture password (only as a one-way code that cannot be read back), the exercises they did with their answers, scores, times and hints, the levels they reached, the pieces they created and the teachers&apos; comments on them.

It all stays on the school&apos;s computer or the school&apos;s own server. Stages sends nothing to the internet and has no advertising and no tracking. Only your child&apos;s teachers and the school&apos;s administrator can see it.

You can ask the school for a copy of everything stored about your child (a data file and a readable summary) or to erase it for good. After an erase, the school&apos;s records keep only that an erase happened, when and by whom; copies in the school&apos;s backups disappear when those backups are replaced.</source>
        <translation>Stages stores your child&apos;s name and class, their picture password (only as a one-way code that cannot be read back), the exercises they did with their answers, scores, times and hints, the levels they reached, the pieces they created and the teachers&apos; comments on them.

It all stays on the school&apos;s computer or the school&apos;s own server. Stages sends nothing to the internet and has no advertising and no tracking. Only your child&apos;s teachers and the school&apos;s administrator can see it.

You can ask the school for a copy of everything stored about your child (a data file and a readable summary) or to erase it for good. After an erase, the school&apos;s records keep only that an erase happened, when and by whom; copies in the school&apos;s backups disappear when those backups are replaced.</translation>
    </message>
</context>
<context>
    <name>stages::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1. Check that this user may write to %2.</source>
        <translation>Cannot create the folder %1. Check that this user may write to %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Cannot make %1 private: %2</translation>
    </message>
</context>
<context>
    <name>stages::Programme</name>
    <message>
        <source>systematic listing</source>
        <extracomment>A criterion of the rubric for an observed Stages lesson: pupils list cases systematically.</extracomment>
        <translation>systematic listing</translation>
    </message>
    <message>
        <source>pupils create</source>
        <extracomment>A criterion of the rubric: pupils make their own examples, not only answer.</extracomment>
        <translation>pupils create</translation>
    </message>
    <message>
        <source>patterns noticed</source>
        <extracomment>A criterion of the rubric: pupils notice and say the patterns.</extracomment>
        <translation>patterns noticed</translation>
    </message>
    <message>
        <source>classroom climate</source>
        <extracomment>A criterion of the rubric: a calm, friendly, safe class.</extracomment>
        <translation>classroom climate</translation>
    </message>
    <message>
        <source>Stages teacher</source>
        <comment>The name of a training programme</comment>
        <translation>Stages teacher</translation>
    </message>
    <message>
        <source>Workshop hours</source>
        <translation>Workshop hours</translation>
    </message>
    <message>
        <source>Weeks teaching Stages with a class</source>
        <translation>Weeks teaching Stages with a class</translation>
    </message>
    <message>
        <source>Observed lessons</source>
        <translation>Observed lessons</translation>
    </message>
    <message>
        <source>Portfolio items</source>
        <translation>Portfolio items</translation>
    </message>
    <message>
        <source>Stages trainer</source>
        <comment>The name of a training programme</comment>
        <translation>Stages trainer</translation>
    </message>
    <message>
        <source>Hours of workshops led</source>
        <translation>Hours of workshops led</translation>
    </message>
    <message>
        <source>Observed workshops led</source>
        <translation>Observed workshops led</translation>
    </message>
</context>
<context>
    <name>stages::ProgrammeJson</name>
    <message>
        <source>The programme %1 has a requirement of an unknown kind &quot;%2&quot;.</source>
        <translation>The programme %1 has a requirement of an unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A programme needs an id and a name.</source>
        <translation>A programme needs an id and a name.</translation>
    </message>
    <message>
        <source>A programme&apos;s level is 1 or more.</source>
        <translation>A programme&apos;s level is 1 or more.</translation>
    </message>
    <message>
        <source>A programme cannot be its own prerequisite.</source>
        <translation>A programme cannot be its own prerequisite.</translation>
    </message>
    <message>
        <source>A programme needs at least one requirement.</source>
        <translation>A programme needs at least one requirement.</translation>
    </message>
    <message>
        <source>Every requirement needs a title.</source>
        <translation>Every requirement needs a title.</translation>
    </message>
    <message>
        <source>Observed lessons need a count of 0 or more and an average from 0 to 4.</source>
        <translation>Observed lessons need a count of 0 or more and an average from 0 to 4.</translation>
    </message>
    <message>
        <source>Observed lessons need at least one rubric criterion.</source>
        <translation>Observed lessons need at least one rubric criterion.</translation>
    </message>
    <message>
        <source>A requirement&apos;s minimum cannot be negative.</source>
        <translation>A requirement&apos;s minimum cannot be negative.</translation>
    </message>
</context>
<context>
    <name>stages::PupilAccountActions</name>
    <message>
        <source>Edit name and class…</source>
        <translation>Edit name and class…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Short text of &quot;Edit name and class…&quot; on the Pupils page&apos;s button</extracomment>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the selected pupil&apos;s name or class (F2). More in the arrow&apos;s menu.</source>
        <translation>Change the selected pupil&apos;s name or class (F2). More in the arrow&apos;s menu.</translation>
    </message>
    <message>
        <source>New pictures…</source>
        <translation>New pictures…</translation>
    </message>
    <message>
        <source>Give the pupil three new sign-in pictures (when they forgot theirs).</source>
        <translation>Give the pupil three new sign-in pictures (when they forgot theirs).</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Hide a pupil who left from sign-in and class lists. Their work is kept.</source>
        <translation>Hide a pupil who left from sign-in and class lists. Their work is kept.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Bring an archived pupil back to their class.</source>
        <translation>Bring an archived pupil back to their class.</translation>
    </message>
    <message>
        <source>Sign-in cards…</source>
        <translation>Sign-in cards…</translation>
    </message>
    <message>
        <source>Print sign-in cards for the class chosen in the Class list. Its pupils get new pictures.</source>
        <translation>Print sign-in cards for the class chosen in the Class list. Its pupils get new pictures.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <extracomment>%1 is a pupil&apos;s name</extracomment>
        <translation>Archive %1?</translation>
    </message>
    <message>
        <source>%1 disappears from sign-in, the class list and the dashboards. All their work is kept; tick &quot;Show archived&quot; to find them and restore them.</source>
        <translation>%1 disappears from sign-in, the class list and the dashboards. All their work is kept; tick &quot;Show archived&quot; to find them and restore them.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archive %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <source>New pictures for %1?</source>
        <translation>New pictures for %1?</translation>
    </message>
    <message>
        <source>%1 gets three new pictures to sign in with; the old ones stop working at once.</source>
        <translation>%1 gets three new pictures to sign in with; the old ones stop working at once.</translation>
    </message>
    <message>
        <source>Make new pictures</source>
        <translation>Make new pictures</translation>
    </message>
    <message>
        <source>New pictures for %1</source>
        <translation>New pictures for %1</translation>
    </message>
    <message>
        <source>New sign-in cards for %1?</source>
        <extracomment>%1 is a class (&quot;2.A&quot;)</extracomment>
        <translation>New sign-in cards for %1?</translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) of %1 get new pictures, printed on their cards. Their old pictures stop working. (Stages keeps only a secret code of the pictures, so it cannot print the old ones.)</source>
        <translation>
            <numerusform>The %n pupil of %1 get new pictures, printed on their cards. Their old pictures stop working. (Stages keeps only a secret code of the pictures, so it cannot print the old ones.)</numerusform>
            <numerusform>The %n pupils of %1 get new pictures, printed on their cards. Their old pictures stop working. (Stages keeps only a secret code of the pictures, so it cannot print the old ones.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Make new cards</source>
        <translation>Make new cards</translation>
    </message>
    <message>
        <source>Sign-in cards for %1</source>
        <translation>Sign-in cards for %1</translation>
    </message>
</context>
<context>
    <name>stages::PupilAdmin</name>
    <message>
        <source>There is no pupil with the id &quot;%1&quot;.</source>
        <translation>There is no pupil with the id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A pupil needs a class.</source>
        <translation>A pupil needs a class.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore them first.</source>
        <translation>%1 is archived. Restore them first.</translation>
    </message>
    <message>
        <source>That class is not in the school any more.</source>
        <translation>That class is not in the school any more.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 is not archived.</translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation>%1 is archived already.</translation>
    </message>
    <message>
        <source>Choose at least one pupil.</source>
        <translation>Choose at least one pupil.</translation>
    </message>
    <message>
        <source>A pupil is chosen twice.</source>
        <translation>A pupil is chosen twice.</translation>
    </message>
    <message>
        <source>%1 is not in the school any more.</source>
        <translation>%1 is not in the school any more.</translation>
    </message>
    <message>
        <source>This class has no pupils.</source>
        <translation>This class has no pupils.</translation>
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
        <translation>✓ done</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>stages::PupilData</name>
    <message>
        <source>There is no pupil with the id %1.</source>
        <translation>There is no pupil with the id %1.</translation>
    </message>
    <message>
        <source>Only a pupil&apos;s data can be exported or erased here.</source>
        <translation>Only a pupil&apos;s data can be exported or erased here.</translation>
    </message>
    <message>
        <source>The export does not cover the table %1 yet; please report this.</source>
        <translation>The export does not cover the table %1 yet; please report this.</translation>
    </message>
    <message>
        <source>The pupil is erased from the database, but their unsaved answers in %1 could not be removed: %2</source>
        <translation>The pupil is erased from the database, but their unsaved answers in %1 could not be removed: %2</translation>
    </message>
</context>
<context>
    <name>stages::PupilDataActions</name>
    <message>
        <source>Export everything about this pupil…</source>
        <translation>Export everything about this pupil…</translation>
    </message>
    <message>
        <source>For parents who ask what is stored: one JSON file with all of it and a readable PDF.</source>
        <translation>For parents who ask what is stored: one JSON file with all of it and a readable PDF.</translation>
    </message>
    <message>
        <source>Erase this pupil for good…</source>
        <translation>Erase this pupil for good…</translation>
    </message>
    <message>
        <source>Deletes the pupil with every answer, level, piece of work and comment.</source>
        <translation>Deletes the pupil with every answer, level, piece of work and comment.</translation>
    </message>
    <message>
        <source>%1 - Stages data.json</source>
        <extracomment>Suggested file name of a pupil&apos;s data export; %1 is the pupil&apos;s name</extracomment>
        <translation>%1 - Stages data.json</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Export everything about %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Pupil&apos;s data exported</source>
        <translation>Pupil&apos;s data exported</translation>
    </message>
    <message>
        <source>Saved %1 and the readable summary %2. Give both to the parents; they hold personal data, so do not leave copies on shared computers.</source>
        <translation>Saved %1 and the readable summary %2. Give both to the parents; they hold personal data, so do not leave copies on shared computers.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Erase %1 for good?</translation>
    </message>
    <message>
        <source>Every answer, level, piece of work and comment of %1 is deleted and cannot be brought back. Export the data first if the parents want a copy.</source>
        <translation>Every answer, level, piece of work and comment of %1 is deleted and cannot be brought back. Export the data first if the parents want a copy.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
</context>
<context>
    <name>stages::PupilDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to where you came from (Esc)</source>
        <translation>Back to where you came from (Esc)</translation>
    </message>
    <message>
        <source>Reading the pupil&apos;s progress</source>
        <translation>Reading the pupil&apos;s progress</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All time</source>
        <extracomment>Date range of the pupil page</extracomment>
        <translation>All time</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Assign next stage…</source>
        <translation>Assign next stage…</translation>
    </message>
    <message>
        <source>Each box is a stage: the number is the level (0 not started … 4 mastered).</source>
        <translation>Each box is a stage: the number is the level (0 not started … 4 mastered).</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older attempt(s)</source>
        <translation>
            <numerusform>Show %n older attempt</numerusform>
            <numerusform>Show %n older attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a piece of work to open it.</source>
        <translation>Double-click a piece of work to open it.</translation>
    </message>
    <message>
        <source>Comments on this piece:</source>
        <translation>Comments on this piece:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n attempt(s)</source>
        <extracomment>Under a pupil&apos;s attempts when only the newest are shown</extracomment>
        <translation>
            <numerusform>The newest %n attempt</numerusform>
            <numerusform>The newest %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Work (%1)</source>
        <translation>Work (%1)</translation>
    </message>
    <message>
        <source>Give %1 the next stage to practise: %2</source>
        <extracomment>Tooltip of &quot;Assign next stage&quot;: %1 stage words (&quot;Music · Stage 3: Rhythm&quot;)</extracomment>
        <translation>Give %1 the next stage to practise: %2</translation>
    </message>
    <message>
        <source>Every stage of this domain is reached.</source>
        <translation>Every stage of this domain is reached.</translation>
    </message>
    <message>
        <source>%1 · Stage %2</source>
        <extracomment>%1 domain (&quot;Music&quot;), %2 stage number</extracomment>
        <translation>%1 · Stage %2</translation>
    </message>
    <message>
        <source>%1 · Stage %2: %3</source>
        <extracomment>%1 domain (&quot;Music&quot;), %2 stage number, %3 stage title (&quot;Rhythm&quot;)</extracomment>
        <translation>%1 · Stage %2: %3</translation>
    </message>
    <message>
        <source>%1 (warm-up)</source>
        <extracomment>An attempt made inside a warm-up: %1 the stage in words</extracomment>
        <translation>%1 (warm-up)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One comment on a pupil&apos;s work: %1 author, %2 date and time, %3 the comment</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Pupil&apos;s work</source>
        <translation>Pupil&apos;s work</translation>
    </message>
    <message>
        <source>Time range</source>
        <extracomment>Screen reader name of the date range of the pupil page (its label says &quot;Show:&quot;)</extracomment>
        <translation>Time range</translation>
    </message>
    <message>
        <source>Levels in every domain</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Levels in every domain</translation>
    </message>
    <message>
        <source>Attempts, newest first</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Attempts, newest first</translation>
    </message>
    <message>
        <source>Saved work</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Saved work</translation>
    </message>
</context>
<context>
    <name>stages::PupilFeedbackDialog</name>
    <message>
        <source>Your teacher says</source>
        <extracomment>Window title when a pupil opens a teacher&apos;s comment on their work</extracomment>
        <translation>Your teacher says</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <extracomment>For screen readers: the stars a teacher gave the pupil&apos;s work</extracomment>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
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
        <translation>Home</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>What shall we play today?</source>
        <translation>What shall we play today?</translation>
    </message>
    <message>
        <source>coming soon</source>
        <extracomment>A pupil-home tile whose exercises are not in this version yet: the domain, then a second line</extracomment>
        <translation>coming soon</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Coming in a later version</translation>
    </message>
</context>
<context>
    <name>stages::PupilMasteryModel</name>
    <message>
        <source>Stage %1: %2 – %3</source>
        <extracomment>A cell of a pupil&apos;s mastery grid: %1 stage number, %2 stage title, %3 level (&quot;not started&quot;)</extracomment>
        <translation>Stage %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1: %2 – %3, %n attempt(s)</source>
        <extracomment>A cell of a pupil&apos;s mastery grid: %1 stage, %2 its title, %3 level (&quot;proficient&quot;), %n attempts</extracomment>
        <translation>
            <numerusform>Stage %1: %2 – %3, %n attempt</numerusform>
            <numerusform>Stage %1: %2 – %3, %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Column heading of the mastery grid: the subject (combinatorics, music, karate)</extracomment>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
</context>
<context>
    <name>stages::PupilProgressChart</name>
    <message>
        <source>Stages reached that week</source>
        <extracomment>Chart line: how many stages the pupil brought to &quot;proficient&quot; in each week</extracomment>
        <translation>Stages reached that week</translation>
    </message>
    <message>
        <source>All stages reached</source>
        <extracomment>Chart line: all stages the pupil has brought to &quot;proficient&quot; so far</extracomment>
        <translation>All stages reached</translation>
    </message>
</context>
<context>
    <name>stages::PupilReport</name>
    <message>
        <source>What Stages stores about %1</source>
        <translation>What Stages stores about %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Class: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>In Stages since: %1</source>
        <translation>In Stages since: %1</translation>
    </message>
    <message>
        <source>Exported on %1 by %2.</source>
        <translation>Exported on %1 by %2.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>No exercises done yet.</source>
        <translation>No exercises done yet.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercises done</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) done in all.</source>
        <translation>
            <numerusform>%n exercise done in all.</numerusform>
            <numerusform>%n exercises done in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Own work</source>
        <translation>Own work</translation>
    </message>
    <message>
        <source>No work of their own saved yet.</source>
        <translation>No work of their own saved yet.</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 wrote: %2</translation>
    </message>
    <message>
        <source>What else is stored</source>
        <translation>What else is stored</translation>
    </message>
    <message>
        <source>Every answer with its time and score, the stage levels, the work above with its comments, and when the account was changed. All of it is in the JSON file exported with this summary. The picture password is stored only as a one-way hash and is not exported.</source>
        <translation>Every answer with its time and score, the stage levels, the work above with its comments, and when the account was changed. All of it is in the JSON file exported with this summary. The picture password is stored only as a one-way hash and is not exported.</translation>
    </message>
    <message>
        <source>Stages: data of a pupil</source>
        <translation>Stages: data of a pupil</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>stages::PupilTaskStrip</name>
    <message>
        <source>Your task: %1, stage %2</source>
        <extracomment>For screen readers and as a tooltip: a task the teacher gave; %1 kind of game (&quot;Music&quot;), %2 stage number</extracomment>
        <translation>Your task: %1, stage %2</translation>
    </message>
    <message>
        <source>Your teacher wrote something new about your work</source>
        <translation>Your teacher wrote something new about your work</translation>
    </message>
    <message>
        <source>What your teacher said about your work</source>
        <translation>What your teacher said about your work</translation>
    </message>
</context>
<context>
    <name>stages::PupilWarmUpPage</name>
    <message>
        <source>Warm-up!</source>
        <translation>Warm-up!</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>Back home</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>New level: %1!</source>
        <translation>New level: %1!</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <extracomment>Warm-up progress: which exercise the pupil is on</extracomment>
        <translation>Exercise %1</translation>
    </message>
    <message>
        <source>You did them all!</source>
        <translation>You did them all!</translation>
    </message>
    <message>
        <source>Time&apos;s up! Great warm-up!</source>
        <translation>Time&apos;s up! Great warm-up!</translation>
    </message>
    <message numerus="yes">
        <source>You finished %n exercise(s).</source>
        <extracomment>End of the warm-up; %n is the number of exercises the pupil finished</extracomment>
        <translation>
            <numerusform>You finished %n exercise.</numerusform>
            <numerusform>You finished %n exercises.</numerusform>
        </translation>
    </message>
    <message>
        <source>See you next time!</source>
        <translation>See you next time!</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>stages::PupilsWorkPanel</name>
    <message>
        <source>Pupils&apos; work</source>
        <extracomment>Screen reader name of the table of the pupils&apos; saved work</extracomment>
        <translation>Pupils&apos; work</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Double-click a piece of work to open it.</source>
        <translation>Double-click a piece of work to open it.</translation>
    </message>
    <message>
        <source>No work yet</source>
        <translation>No work yet</translation>
    </message>
    <message>
        <source>When pupils create their own rows, move sequences or melodies, they appear here.</source>
        <translation>When pupils create their own rows, move sequences or melodies, they appear here.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <extracomment>An exercise for teachers: %1 stage number, %2 stage title (&quot;Creating&quot;)</extracomment>
        <translation>Stage %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of work</source>
        <extracomment>Number of pieces of pupils&apos; work in the table</extracomment>
        <translation>
            <numerusform>%n piece of work</numerusform>
            <numerusform>%n pieces of work</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the class filter (its label says &quot;Class:&quot;)</extracomment>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>stages::RequirementProgressModel</name>
    <message>
        <source>%1 / %2 lessons</source>
        <extracomment>Progress of observed lessons: done / needed</extracomment>
        <translation>%1 / %2 lessons</translation>
    </message>
    <message>
        <source>%1 / %2 lessons · average %3 (needs %4)</source>
        <extracomment>Progress of observed lessons: done / needed, the mean rubric score and the minimum mean</extracomment>
        <translation>%1 / %2 lessons · average %3 (needs %4)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Progress of a requirement: hours, weeks or items done / needed</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <extracomment>A requirement of a programme is fulfilled</extracomment>
        <translation>Done ✓</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
</context>
<context>
    <name>stages::ResultReview</name>
    <message>
        <source>You found %1 of %2. Here they all are, in order:</source>
        <extracomment>Shown above the whole list in systematic order; %1 found by the pupil, %2 in all</extracomment>
        <translation>You found %1 of %2. Here they all are, in order:</translation>
    </message>
    <message>
        <source>The missing rows:</source>
        <translation>The missing rows:</translation>
    </message>
    <message>
        <source>Your row:</source>
        <translation>Your row:</translation>
    </message>
    <message>
        <source>The right row:</source>
        <translation>The right row:</translation>
    </message>
    <message>
        <source>There are %1.</source>
        <extracomment>The answer of a counting exercise</extracomment>
        <translation>There are %1.</translation>
    </message>
    <message>
        <source>There are %1. Here they all are, in order:</source>
        <extracomment>The answer of a counting exercise, above all the rows in systematic order</extracomment>
        <translation>There are %1. Here they all are, in order:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) start with it.</source>
        <extracomment>The answer of &quot;how many rows start with this one&quot;</extracomment>
        <translation>
            <numerusform>%n row start with it.</numerusform>
            <numerusform>%n rows start with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>With one more there are %1. Next, check it!</source>
        <extracomment>The answer of a predicting exercise: the count with one more element</extracomment>
        <translation>With one more there are %1. Next, check it!</translation>
    </message>
    <message>
        <source>This is the same in every row:</source>
        <translation>This is the same in every row:</translation>
    </message>
    <message>
        <source>This row was there twice:</source>
        <translation>This row was there twice:</translation>
    </message>
    <message>
        <source>Your rows, kept for your teacher:</source>
        <translation>Your rows, kept for your teacher:</translation>
    </message>
</context>
<context>
    <name>stages::RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>%1 · %2, issued on %3 (code %4)</source>
        <extracomment>Revoke dialog: holder, programme, issue date and code of the certificate</extracomment>
        <translation>%1 · %2, issued on %3 (code %4)</translation>
    </message>
    <message>
        <source>A revoked certificate is no longer valid anywhere it is checked against this database. This cannot be undone.</source>
        <translation>A revoked certificate is no longer valid anywhere it is checked against this database. This cannot be undone.</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>Why, in a few words</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Write the reason for revoking.</source>
        <translation>Write the reason for revoking.</translation>
    </message>
    <message>
        <source>Revoke the %1 certificate of %2?</source>
        <extracomment>Confirmation before revoking: holder and programme</extracomment>
        <translation>Revoke the %1 certificate of %2?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Screen reader name of the field labelled &quot;Reason:&quot;</extracomment>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>stages::RingControls</name>
    <message>
        <source>Turn the ring</source>
        <extracomment>Button beside the ring of beads the pupil builds: every bead moves one place round</extracomment>
        <translation>Turn the ring</translation>
    </message>
    <message>
        <source>Turn the ring back</source>
        <extracomment>Button beside the ring of beads: every bead moves one place back</extracomment>
        <translation>Turn the ring back</translation>
    </message>
    <message>
        <source>Turn the ring over</source>
        <extracomment>Button beside a bracelet: turn the ring of beads over, like a coin</extracomment>
        <translation>Turn the ring over</translation>
    </message>
</context>
<context>
    <name>stages::Role</name>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>stages::RubricForm</name>
    <message>
        <source>1 not yet</source>
        <extracomment>Rubric score 1 of 4 for an observed lesson</extracomment>
        <translation>1 not yet</translation>
    </message>
    <message>
        <source>2 partly</source>
        <extracomment>Rubric score 2 of 4</extracomment>
        <translation>2 partly</translation>
    </message>
    <message>
        <source>3 well</source>
        <extracomment>Rubric score 3 of 4</extracomment>
        <translation>3 well</translation>
    </message>
    <message>
        <source>4 very well</source>
        <extracomment>Rubric score 4 of 4</extracomment>
        <translation>4 very well</translation>
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
        <translation>Tap a card. Then make rows that follow its rule.</translation>
    </message>
</context>
<context>
    <name>stages::ServerConnectionStore</name>
    <message>
        <source>Cannot store the server&apos;s password in %1: %2</source>
        <translation>Cannot store the server&apos;s password in %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings of this computer.</source>
        <translation>Cannot save the settings of this computer.</translation>
    </message>
    <message>
        <source>Cannot remove the server&apos;s password file %1.</source>
        <translation>Cannot remove the server&apos;s password file %1.</translation>
    </message>
</context>
<context>
    <name>stages::ServerProbe</name>
    <message>
        <source>The server refused the password of the user &quot;%1&quot;. Check the password.</source>
        <translation>The server refused the password of the user &quot;%1&quot;. Check the password.</translation>
    </message>
    <message>
        <source>The server wants a password for the user &quot;%1&quot;. Type it in the Password field.</source>
        <translation>The server wants a password for the user &quot;%1&quot;. Type it in the Password field.</translation>
    </message>
    <message>
        <source>The server at %1 offers no encryption (TLS), and the chosen security needs it.</source>
        <translation>The server at %1 offers no encryption (TLS), and the chosen security needs it.</translation>
    </message>
    <message>
        <source>There is no computer called &quot;%1&quot; on the network. Check the server&apos;s name.</source>
        <translation>There is no computer called &quot;%1&quot; on the network. Check the server&apos;s name.</translation>
    </message>
    <message>
        <source>The server at %1 does not answer. Check the name and the port, the network, and that the server is running.</source>
        <translation>The server at %1 does not answer. Check the name and the port, the network, and that the server is running.</translation>
    </message>
    <message>
        <source>The server at %1 has no database called &quot;%2&quot;. Check the database&apos;s name.</source>
        <translation>The server at %1 has no database called &quot;%2&quot;. Check the database&apos;s name.</translation>
    </message>
    <message>
        <source>The server at %1 knows no user called &quot;%2&quot;. Check the user&apos;s name.</source>
        <translation>The server at %1 knows no user called &quot;%2&quot;. Check the user&apos;s name.</translation>
    </message>
    <message>
        <source>%1

(The server said: %2)</source>
        <extracomment>%1: the plain-words reason; %2: what the server said, for the IT administrator</extracomment>
        <translation>%1

(The server said: %2)</translation>
    </message>
</context>
<context>
    <name>stages::ServerSettingsPage</name>
    <message>
        <source>School server</source>
        <translation>School server</translation>
    </message>
    <message>
        <source>With a school server, a pupil&apos;s progress follows her from PC to PC and teachers see every PC&apos;s work. Each PC keeps its own copy, so pupils keep working when the network drops.</source>
        <translation>With a school server, a pupil&apos;s progress follows her from PC to PC and teachers see every PC&apos;s work. Each PC keeps its own copy, so pupils keep working when the network drops.</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Screen reader name of the field with the school server&apos;s name or address</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. server.school.local</source>
        <translation>e.g. server.school.local</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <source>Database:</source>
        <extracomment>Settings row: the name of the database on the school server</extracomment>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User</source>
        <extracomment>Screen reader name of the field with the user name the PCs use on the school server</extracomment>
        <translation>User</translation>
    </message>
    <message>
        <source>User:</source>
        <extracomment>Settings row: the user name the PCs use on the school server (not a pupil or a teacher)</extracomment>
        <translation>User:</translation>
    </message>
    <message>
        <source>Server password</source>
        <extracomment>Screen reader name of the field with the school server&apos;s password</extracomment>
        <translation>Server password</translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Settings row: the password of the user on the school server</extracomment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>Screen reader name of the choice of encryption for the school server</extracomment>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <extracomment>Encryption choice (sslmode=prefer): TLS when the server offers it</extracomment>
        <translation>Encrypt when the server offers it</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <extracomment>Encryption choice (sslmode=require)</extracomment>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <extracomment>Encryption choice (sslmode=verify-full): TLS and the server&apos;s certificate and name are checked</extracomment>
        <translation>Always encrypt and check the server&apos;s certificate</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <extracomment>Encryption choice (sslmode=disable)</extracomment>
        <translation>Never encrypt</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <extracomment>Settings row: whether the connection to the school server is encrypted (TLS)</extracomment>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <source>Offered after a successful test of these settings.</source>
        <translation>Offered after a successful test of these settings.</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Disconnect…</translation>
    </message>
    <message>
        <source>From the next start, this PC works on its own database again.</source>
        <translation>From the next start, this PC works on its own database again.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <extracomment>Screen reader name of the bar shown while the connection is tested</extracomment>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>The password is kept apart, in a file only this computer account can read. A new choice is used from the next start of Stages. The PCs connect as a user that may read and write the school&apos;s data but not change the database itself.</source>
        <translation>The password is kept apart, in a file only this computer account can read. A new choice is used from the next start of Stages. The PCs connect as a user that may read and write the school&apos;s data but not change the database itself.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <extracomment>In the empty password field: a password is stored and is used unless a new one is typed</extracomment>
        <translation>(stored)</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Type the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Type the name of the database on the server.</translation>
    </message>
    <message>
        <source>Type the user the PCs connect as.</source>
        <translation>Type the user the PCs connect as.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>While &quot;Test connection&quot; runs; %1 is the server&apos;s name</extracomment>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>✗ No connection. %1</source>
        <extracomment>Test connection failed; %1 is the reason in plain words</extracomment>
        <translation>✗ No connection. %1</translation>
    </message>
    <message>
        <source>The server holds no school yet.</source>
        <translation>The server holds no school yet.</translation>
    </message>
    <message>
        <source>School: %1.</source>
        <translation>School: %1.</translation>
    </message>
    <message>
        <source>The connection is encrypted (TLS).</source>
        <translation>The connection is encrypted (TLS).</translation>
    </message>
    <message>
        <source>The connection is not encrypted: the server offers no TLS.</source>
        <translation>The connection is not encrypted: the server offers no TLS.</translation>
    </message>
    <message>
        <source>✓ Connected. %1 Database schema %2. %3 &quot;Use this server&quot; stores these settings.</source>
        <extracomment>Test connection succeeded; %1 the school, %2 the schema number, %3 whether it is encrypted</extracomment>
        <translation>✓ Connected. %1 Database schema %2. %3 &quot;Use this server&quot; stores these settings.</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Test the connection first.</translation>
    </message>
    <message>
        <source>Saved. Stages opens on the school server from its next start.</source>
        <translation>Saved. Stages opens on the school server from its next start.</translation>
    </message>
    <message>
        <source>Disconnect from the school server?</source>
        <translation>Disconnect from the school server?</translation>
    </message>
    <message>
        <source>From the next start, this PC works on its own database again, and the pupils&apos; work done here no longer reaches the school server. Work that waits to be sent stays in this PC&apos;s copy and is sent when the PC is connected again.

Disconnect?</source>
        <translation>From the next start, this PC works on its own database again, and the pupils&apos; work done here no longer reaches the school server. Work that waits to be sent stays in this PC&apos;s copy and is sent when the PC is connected again.

Disconnect?</translation>
    </message>
    <message>
        <source>Disconnected. Stages opens on this PC&apos;s own database from its next start.</source>
        <translation>Disconnected. Stages opens on this PC&apos;s own database from its next start.</translation>
    </message>
    <message>
        <source>Now: this PC works on the school server %1.</source>
        <extracomment>%1: the school server&apos;s address (without password)</extracomment>
        <translation>Now: this PC works on the school server %1.</translation>
    </message>
    <message>
        <source>Now: this PC works on its own database.</source>
        <translation>Now: this PC works on its own database.</translation>
    </message>
    <message>
        <source>From the next start: its own database.</source>
        <translation>From the next start: its own database.</translation>
    </message>
    <message>
        <source>From the next start: the school server %1.</source>
        <translation>From the next start: the school server %1.</translation>
    </message>
</context>
<context>
    <name>stages::ServerUrl</name>
    <message>
        <source>Write a school server as postgresql://USER@HOST:PORT/DATABASE (optionally ?sslmode=require); the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Write a school server as postgresql://USER@HOST:PORT/DATABASE (optionally ?sslmode=require); the password comes from PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 is not a server address Stages understands.</source>
        <translation>%1 is not a server address Stages understands.</translation>
    </message>
    <message>
        <source>Do not write the password into the server address %1: Stages shows addresses on screen and in logs.</source>
        <translation>Do not write the password into the server address %1: Stages shows addresses on screen and in logs.</translation>
    </message>
    <message>
        <source>%1: unknown option &quot;%2&quot;.</source>
        <translation>%1: unknown option &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1: sslmode must be one of %2.</translation>
    </message>
</context>
<context>
    <name>stages::Session</name>
    <message>
        <source>%1 (%2) is not allowed to do this.</source>
        <translation>%1 (%2) is not allowed to do this.</translation>
    </message>
</context>
<context>
    <name>stages::SettingsPanel</name>
    <message>
        <source>As the system (%1)</source>
        <extracomment>Language choice: use the language of the computer&apos;s system settings</extracomment>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <extracomment>Settings row: the SoundFont file the instruments&apos; sounds come from</extracomment>
        <translation>Sound:</translation>
    </message>
    <message>
        <source>About Stages and privacy…</source>
        <translation>About Stages and privacy…</translation>
    </message>
    <message>
        <source>The version, and what Stages keeps about children (for parents).</source>
        <translation>The version, and what Stages keeps about children (for parents).</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>A new password for signing in (and for signing certificates, if you may).</source>
        <translation>A new password for signing in (and for signing certificates, if you may).</translation>
    </message>
    <message>
        <source>Password:</source>
        <extracomment>Settings row: the signed-in person&apos;s password</extracomment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Screen reader name of the language choice (its label says &quot;Language:&quot;)</extracomment>
        <translation>Language</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>Look of the program: light or dark as the computer&apos;s system settings</extracomment>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Look of the program: dark text on light backgrounds</extracomment>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Look of the program: light text on dark backgrounds</extracomment>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Look of the program: black on white, strong borders, for low vision</extracomment>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Look:</source>
        <extracomment>Settings row: the colours of the program (light, dark, high contrast)</extracomment>
        <translation>Look:</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>A new language or look is used at once; the choice is remembered on this computer.</source>
        <translation>A new language or look is used at once; the choice is remembered on this computer.</translation>
    </message>
    <message>
        <source>Look</source>
        <extracomment>Screen reader name of the look choice (its label says &quot;Look:&quot;)</extracomment>
        <translation>Look</translation>
    </message>
</context>
<context>
    <name>stages::SetupWizard</name>
    <message>
        <source>Welcome to Stages</source>
        <translation>Welcome to Stages</translation>
    </message>
    <message>
        <source>e.g. Primary School Green Hill</source>
        <translation>e.g. Primary School Green Hill</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>School name:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Create the school</source>
        <translation>Create the school</translation>
    </message>
    <message>
        <source>Step 1 of 2: what is your school called?</source>
        <translation>Step 1 of 2: what is your school called?</translation>
    </message>
    <message>
        <source>Step 2 of 2: your administrator account. You will add teachers, classes and pupils with it.</source>
        <translation>Step 2 of 2: your administrator account. You will add teachers, classes and pupils with it.</translation>
    </message>
    <message>
        <source>Please give the school a name.</source>
        <translation>Please give the school a name.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>School name</source>
        <extracomment>Screen reader name of the field labelled &quot;School name:&quot;</extracomment>
        <translation>School name</translation>
    </message>
    <message>
        <source>Your name</source>
        <extracomment>Screen reader name of the field labelled &quot;Your name:&quot;</extracomment>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Screen reader name of the field labelled &quot;Login:&quot;</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Screen reader name of the field labelled &quot;Password:&quot;</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <extracomment>Screen reader name of the field labelled &quot;Password again:&quot;</extracomment>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>stages::Sidebar</name>
    <message>
        <source>Pages</source>
        <extracomment>Screen reader name of the list of pages at the left of the teacher&apos;s and trainer&apos;s area</extracomment>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>stages::SignInCards</name>
    <message>
        <source>Class %1</source>
        <extracomment>On a printed sign-in card, under the pupil&apos;s name; %1 is the class (&quot;Class 2.A&quot;)</extracomment>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>There are no cards to print.</source>
        <translation>There are no cards to print.</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>Could not start a new page.</translation>
    </message>
    <message>
        <source>Could not finish printing.</source>
        <translation>Could not finish printing.</translation>
    </message>
    <message>
        <source>Stages: sign-in cards</source>
        <translation>Stages: sign-in cards</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>stages::SignInCardsDialog</name>
    <message>
        <source>The new pictures of %1, in this order:</source>
        <extracomment>Above a pupil&apos;s new picture password; %1 is the pupil&apos;s name</extracomment>
        <translation>The new pictures of %1, in this order:</translation>
    </message>
    <message numerus="yes">
        <source>%n new sign-in card(s) are ready.</source>
        <translation>
            <numerusform>%n new sign-in card are ready.</numerusform>
            <numerusform>%n new sign-in cards are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stages keeps only a secret code of the pictures, so it cannot show them again. Print the card or save it now.</source>
        <translation>Stages keeps only a secret code of the pictures, so it cannot show them again. Print the card or save it now.</translation>
    </message>
    <message>
        <source>Stages keeps only a secret code of the pictures, so it cannot show them again. Print the cards or save them now.</source>
        <translation>Stages keeps only a secret code of the pictures, so it cannot show them again. Print the cards or save them now.</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Print card…</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>Print cards…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Stages: sign-in cards</source>
        <translation>Stages: sign-in cards</translation>
    </message>
    <message>
        <source>%1 - sign-in card.pdf</source>
        <extracomment>Suggested file name of one pupil&apos;s sign-in card; %1 is the pupil&apos;s name</extracomment>
        <translation>%1 - sign-in card.pdf</translation>
    </message>
    <message>
        <source>%1 - sign-in cards.pdf</source>
        <extracomment>Suggested file name of a class&apos;s sign-in cards; %1 is the class</extracomment>
        <translation>%1 - sign-in cards.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in cards</source>
        <translation>Save the sign-in cards</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Close without printing? The new pictures cannot be shown again; you would have to make new ones.</source>
        <translation>Close without printing? The new pictures cannot be shown again; you would have to make new ones.</translation>
    </message>
</context>
<context>
    <name>stages::SignInPictures</name>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fish</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Flower</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Moon</translation>
    </message>
</context>
<context>
    <name>stages::SignedCertificate</name>
    <message>
        <source>The certificate&apos;s content is not valid JSON.</source>
        <translation>The certificate&apos;s content is not valid JSON.</translation>
    </message>
    <message>
        <source>The certificate has a format this version of Stages does not know.</source>
        <translation>The certificate has a format this version of Stages does not know.</translation>
    </message>
    <message>
        <source>The certificate&apos;s content lacks some of its fields.</source>
        <translation>The certificate&apos;s content lacks some of its fields.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issue date is not a date.</source>
        <translation>The certificate&apos;s issue date is not a date.</translation>
    </message>
    <message>
        <source>This is not a Stages certificate: the file is not valid JSON.</source>
        <translation>This is not a Stages certificate: the file is not valid JSON.</translation>
    </message>
    <message>
        <source>This is not a Stages certificate: its format, payload or signature is missing.</source>
        <translation>This is not a Stages certificate: its format, payload or signature is missing.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is not base64.</source>
        <translation>The certificate&apos;s signature is not base64.</translation>
    </message>
</context>
<context>
    <name>stages::SigningKeys</name>
    <message>
        <source>Only an administrator signed in with their own account can manage the signing key.</source>
        <extracomment>At the command line, signing-key actions need an administrator&apos;s own account (--as LOGIN).</extracomment>
        <translation>Only an administrator signed in with their own account can manage the signing key.</translation>
    </message>
    <message>
        <source>Only an administrator can manage the signing key.</source>
        <translation>Only an administrator can manage the signing key.</translation>
    </message>
    <message>
        <source>This school has no signing key yet. An administrator makes one by signing in.</source>
        <translation>This school has no signing key yet. An administrator makes one by signing in.</translation>
    </message>
    <message>
        <source>You may not sign certificates yet: an administrator must allow it first.</source>
        <extracomment>Shown to a trainer who tries to sign a certificate.</extracomment>
        <translation>You may not sign certificates yet: an administrator must allow it first.</translation>
    </message>
    <message>
        <source>That is not the password of this account.</source>
        <translation>That is not the password of this account.</translation>
    </message>
    <message>
        <source>This school has a signing key already.</source>
        <translation>This school has a signing key already.</translation>
    </message>
    <message>
        <source>There is no such account in this school.</source>
        <translation>There is no such account in this school.</translation>
    </message>
    <message>
        <source>Only trainers and administrators may sign certificates.</source>
        <translation>Only trainers and administrators may sign certificates.</translation>
    </message>
    <message>
        <source>This person may not sign certificates anyway.</source>
        <translation>This person may not sign certificates anyway.</translation>
    </message>
    <message>
        <source>This is the last copy of the signing key; it cannot be removed.</source>
        <translation>This is the last copy of the signing key; it cannot be removed.</translation>
    </message>
    <message>
        <source>Signing needs a trainer or administrator signed in with their own account.</source>
        <translation>Signing needs a trainer or administrator signed in with their own account.</translation>
    </message>
</context>
<context>
    <name>stages::SigningPasswordDialog</name>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Your password</source>
        <extracomment>Screen reader name of the field labelled &quot;Your password:&quot;</extracomment>
        <translation>Your password</translation>
    </message>
</context>
<context>
    <name>stages::SkinRegistry</name>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>sky blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation>vermilion</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>purple</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grey</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>colours</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>circle</translation>
    </message>
    <message>
        <source>square</source>
        <translation>square</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>star</source>
        <translation>star</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>diamond</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>heart</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexagon</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>cross</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>shapes</translation>
    </message>
    <message>
        <source>punch</source>
        <translation>punch</translation>
    </message>
    <message>
        <source>kick</source>
        <translation>kick</translation>
    </message>
    <message>
        <source>block</source>
        <translation>block</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>turn</source>
        <translation>turn</translation>
    </message>
    <message>
        <source>bow</source>
        <translation>bow</translation>
    </message>
    <message>
        <source>karate moves</source>
        <translation>karate moves</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>arrows</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
</context>
<context>
    <name>stages::SpeakButton</name>
    <message>
        <source>Read it to me</source>
        <extracomment>Tooltip of the speaker button next to an instruction</extracomment>
        <translation>Read it to me</translation>
    </message>
</context>
<context>
    <name>stages::SqlQuery</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
</context>
<context>
    <name>stages::SqliteFile</name>
    <message>
        <source>its header is damaged</source>
        <translation>its header is damaged</translation>
    </message>
    <message numerus="yes">
        <source>its end is cut off: %n page(s) of the database are missing (the file has only %1 bytes)</source>
        <extracomment>%n pages; %1 the file&apos;s size in bytes</extracomment>
        <translation>
            <numerusform>its end is cut off: %n page of the database are missing (the file has only %1 bytes)</numerusform>
            <numerusform>its end is cut off: %n pages of the database are missing (the file has only %1 bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::StaffSignInPage</name>
    <message>
        <source>Teachers and trainers</source>
        <translation>Teachers and trainers</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A row in the staff sign-in list: %1 name, %2 role (&quot;Jana Nováková — Teacher&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Choose your name from the list.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <extracomment>%1 is the staff member&apos;s name</extracomment>
        <translation>Password for %1</translation>
    </message>
</context>
<context>
    <name>stages::StageMapWidget</name>
    <message>
        <source>Stages</source>
        <extracomment>What a screen reader calls the stage map: the path of stepping stones, one per stage</extracomment>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Stage %1: %2, %3</source>
        <extracomment>A stone of the stage map for a screen reader: %1 the stage&apos;s number, %2 its title, %3 how far the pupil got (not started, familiar, mastered...)</extracomment>
        <translation>Stage %1: %2, %3</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <extracomment>Added to the name of the stage the pupil works on now (the ringed stone)</extracomment>
        <translation>%1, you are here</translation>
    </message>
</context>
<context>
    <name>stages::StartPage</name>
    <message>
        <source>Hello! Who are you?</source>
        <translation>Hello! Who are you?</translation>
    </message>
    <message>
        <source>I&apos;m a pupil</source>
        <translation>I&apos;m a pupil</translation>
    </message>
    <message>
        <source>Teacher or trainer</source>
        <translation>Teacher or trainer</translation>
    </message>
</context>
<context>
    <name>stages::StorageErrorPage</name>
    <message>
        <source>Stages cannot read the school&apos;s data right now</source>
        <translation>Stages cannot read the school&apos;s data right now</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the school&apos;s IT administrator to check the database (&quot;stagesctl db check&quot;), then try again.</source>
        <translation>Nothing was changed. Ask the school&apos;s IT administrator to check the database (&quot;stagesctl db check&quot;), then try again.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>stages::StructureRegistry</name>
    <message>
        <source>Parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Parameter &quot;%1&quot; must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Parameter &quot;sizes&quot; must list 1 to 6 group sizes.</source>
        <translation>Parameter &quot;sizes&quot; must list 1 to 6 group sizes.</translation>
    </message>
    <message>
        <source>Each group size must be a whole number from 1 to %1.</source>
        <translation>Each group size must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>The groups have too many elements together (at most %1).</source>
        <translation>The groups have too many elements together (at most %1).</translation>
    </message>
    <message>
        <source>Unknown structure &quot;%1&quot;.</source>
        <translation>Unknown structure &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>stages::SyncAgent</name>
    <message>
        <source>The school server did not answer: %1</source>
        <translation>The school server did not answer: %1</translation>
    </message>
    <message>
        <source>This bundle comes from another school&apos;s server: this PC&apos;s cache belongs to a school the bundle does not know. Nothing was imported.</source>
        <translation>This bundle comes from another school&apos;s server: this PC&apos;s cache belongs to a school the bundle does not know. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle could not be imported, and nothing of it was: %1</source>
        <translation>The bundle could not be imported, and nothing of it was: %1</translation>
    </message>
</context>
<context>
    <name>stages::SyncBundle</name>
    <message>
        <source>%1 is not the cache of a school server: it keeps no changes to send.</source>
        <translation>%1 is not the cache of a school server: it keeps no changes to send.</translation>
    </message>
    <message>
        <source>This is not a Stages sync bundle, or it is damaged (%1 at byte %2). Nothing was imported.</source>
        <translation>This is not a Stages sync bundle, or it is damaged (%1 at byte %2). Nothing was imported.</translation>
    </message>
    <message>
        <source>This is not a Stages sync bundle. Nothing was imported.</source>
        <translation>This is not a Stages sync bundle. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Stages (bundle format %1; this one reads up to %2). Update Stages on the server first. Nothing was imported.</source>
        <translation>This bundle was made by a newer Stages (bundle format %1; this one reads up to %2). Update Stages on the server first. Nothing was imported.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged (it has no format version). Nothing was imported.</source>
        <translation>This sync bundle is damaged (it has no format version). Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer Stages (database schema %1; this one knows up to %2). Update Stages on the server first. Nothing was imported.</source>
        <translation>This bundle comes from a newer Stages (database schema %1; this one knows up to %2). Update Stages on the server first. Nothing was imported.</translation>
    </message>
    <message>
        <source>This sync bundle has a change Stages does not know (table &quot;%1&quot;). Nothing was imported.</source>
        <translation>This sync bundle has a change Stages does not know (table &quot;%1&quot;). Nothing was imported.</translation>
    </message>
    <message>
        <source>This sync bundle deletes a row that is never deleted alone (table &quot;%1&quot;). Nothing was imported.</source>
        <translation>This sync bundle deletes a row that is never deleted alone (table &quot;%1&quot;). Nothing was imported.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: a row of &quot;%1&quot; does not match its key. Nothing was imported.</source>
        <translation>This sync bundle is damaged: a row of &quot;%1&quot; does not match its key. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle could not be imported, and nothing of it was: %1</source>
        <translation>The bundle could not be imported, and nothing of it was: %1</translation>
    </message>
    <message>
        <source>This bundle was exported by a school server: it goes into a PC&apos;s cache (&quot;stagesctl --local-cache PATH sync import FILE&quot;), not into a server. Nothing was imported.</source>
        <translation>This bundle was exported by a school server: it goes into a PC&apos;s cache (&quot;stagesctl --local-cache PATH sync import FILE&quot;), not into a server. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle holds a PC&apos;s changes: it goes into the school server (&quot;stagesctl --db URL sync import FILE&quot;), not into a PC&apos;s cache. Nothing was imported.</source>
        <translation>This bundle holds a PC&apos;s changes: it goes into the school server (&quot;stagesctl --db URL sync import FILE&quot;), not into a PC&apos;s cache. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Stages (bundle format %1; this one reads up to %2). Update Stages on this PC first. Nothing was imported.</source>
        <translation>This bundle was made by a newer Stages (bundle format %1; this one reads up to %2). Update Stages on this PC first. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer Stages (database schema %1; this one knows up to %2). Update Stages on this PC first. Nothing was imported.</source>
        <translation>This bundle comes from a newer Stages (database schema %1; this one knows up to %2). Update Stages on this PC first. Nothing was imported.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: its checksum does not match its contents. Nothing was imported; export it again.</source>
        <translation>This sync bundle is damaged: its checksum does not match its contents. Nothing was imported; export it again.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: a row of &quot;%1&quot; has no key. Nothing was imported.</source>
        <translation>This sync bundle is damaged: a row of &quot;%1&quot; has no key. Nothing was imported.</translation>
    </message>
    <message>
        <source>This sync bundle is damaged: a row of &quot;%1&quot; has no sync number. Nothing was imported.</source>
        <translation>This sync bundle is damaged: a row of &quot;%1&quot; has no sync number. Nothing was imported.</translation>
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
        <translation>No free name was found instead of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; was made on two PCs; the second one is called &quot;%2&quot; now.</source>
        <extracomment>Two PCs without network both made a class of this name; %1 the name, %2 the name it has now</extracomment>
        <translation>Class &quot;%1&quot; was made on two PCs; the second one is called &quot;%2&quot; now.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; was given on two PCs; %2 signs in as &quot;%3&quot; now.</source>
        <extracomment>Two PCs without network gave the same staff login; %1 the login, %2 the person, %3 the new login</extracomment>
        <translation>The login &quot;%1&quot; was given on two PCs; %2 signs in as &quot;%3&quot; now.</translation>
    </message>
    <message>
        <source>%1 was made an educator on two PCs; the second record is kept apart, with its evidence and certificates, and is no longer linked to the person&apos;s account.</source>
        <extracomment>Two PCs without network made the same person an educator; %1 the educator&apos;s name</extracomment>
        <translation>%1 was made an educator on two PCs; the second record is kept apart, with its evidence and certificates, and is no longer linked to the person&apos;s account.</translation>
    </message>
    <message>
        <source>A %1 of %2 was changed after a clash with another PC.</source>
        <translation>A %1 of %2 was changed after a clash with another PC.</translation>
    </message>
</context>
<context>
    <name>stages::SyncIndicator</name>
    <message>
        <source>School server</source>
        <translation>School server</translation>
    </message>
    <message>
        <source>Connecting to the school server…</source>
        <extracomment>Before the first contact with the school server</extracomment>
        <translation>Connecting to the school server…</translation>
    </message>
    <message numerus="yes">
        <source>The school server does not answer. %n change(s) are kept on this PC and will be sent when it is back.</source>
        <extracomment>%n changes (answers, edits) kept on this PC until the school server answers again</extracomment>
        <translation>
            <numerusform>The school server does not answer. %n change is kept on this PC and will be sent when it is back.</numerusform>
            <numerusform>The school server does not answer. %n changes are kept on this PC and will be sent when it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the school server.</source>
        <translation>
            <numerusform>%n change waiting to be sent to the school server.</numerusform>
            <numerusform>%n changes waiting to be sent to the school server.</numerusform>
        </translation>
    </message>
    <message>
        <source>All saved on the school server.</source>
        <extracomment>Everything done on this PC is on the school server</extracomment>
        <translation>All saved on the school server.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sent: %1
Last received: %2</source>
        <translation>Last sent: %1
Last received: %2</translation>
    </message>
    <message>
        <source>%1
Changed after a clash with another PC: %2</source>
        <extracomment>The sync line, then the latest name changed after two PCs clashed (%2, a sentence)</extracomment>
        <translation>%1
Changed after a clash with another PC: %2</translation>
    </message>
</context>
<context>
    <name>stages::TaskScreen</name>
    <message>
        <source>Exercise</source>
        <extracomment>Screen reader name of the screen of one exercise (it takes the digit keys)</extracomment>
        <translation>Exercise</translation>
    </message>
</context>
<context>
    <name>stages::TeacherArea</name>
    <message>
        <source>Classes</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Pupils</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Add class…</source>
        <translation>Add class…</translation>
    </message>
    <message>
        <source>Double-click a class to see its pupils.</source>
        <translation>Double-click a class to see its pupils.</translation>
    </message>
    <message>
        <source>Add pupil…</source>
        <translation>Add pupil…</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Find a pupil by name</source>
        <translation>Find a pupil by name</translation>
    </message>
    <message>
        <source>Add teacher or trainer…</source>
        <translation>Add teacher or trainer…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <extracomment>Number of pupils shown in the pupils table</extracomment>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a pupil</source>
        <translation>Add a pupil</translation>
    </message>
    <message>
        <source>Add a class first: every pupil belongs to a class.</source>
        <translation>Add a class first: every pupil belongs to a class.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Pupils&apos; work</source>
        <translation>Pupils&apos; work</translation>
    </message>
    <message>
        <source>Change avatar…</source>
        <translation>Change avatar…</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil answer(s) could not be saved yet. Stages keeps them on this PC and tries again every few seconds; if this stays, ask the IT administrator to check the database.</source>
        <extracomment>Warning for teachers; %n answers pupils gave that the database has not taken yet</extracomment>
        <translation>
            <numerusform>%n pupil answer could not be saved yet. Stages keeps them on this PC and tries again every few seconds; if this stays, ask the IT administrator to check the database.</numerusform>
            <numerusform>%n pupil answers could not be saved yet. Stages keeps them on this PC and tries again every few seconds; if this stays, ask the IT administrator to check the database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pupil&apos;s data</source>
        <translation>Pupil&apos;s data</translation>
    </message>
    <message>
        <source>Export or erase everything stored about the selected pupil, when parents ask.</source>
        <translation>Export or erase everything stored about the selected pupil, when parents ask.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Choose the picture the selected pupil finds at sign-in.</source>
        <translation>Choose the picture the selected pupil finds at sign-in.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Also list the pupils who were archived (greyed), to restore them.</source>
        <translation>Also list the pupils who were archived (greyed), to restore them.</translation>
    </message>
    <message>
        <source>Double-click a pupil (or press Enter) to see their progress and work.</source>
        <translation>Double-click a pupil (or press Enter) to see their progress and work.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n archived</source>
        <extracomment>Pupils shown in the pupils table when archived ones are listed too; %1 is &quot;12 pupils&quot;</extracomment>
        <translation>
            <numerusform>%1, %n archived</numerusform>
            <numerusform>%1, %n archived</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in card of %1</source>
        <translation>Sign-in card of %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Show the dashboard of the selected class.</source>
        <translation>Show the dashboard of the selected class.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>Screen reader name of the class filter of the pupils (its label says &quot;Class:&quot;)</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>Find a pupil</source>
        <extracomment>Screen reader name of the search field of the pupils</extracomment>
        <translation>Find a pupil</translation>
    </message>
    <message>
        <source>School server</source>
        <extracomment>Sidebar entry (administrators only): connect this PC to the school&apos;s server</extracomment>
        <translation>School server</translation>
    </message>
</context>
<context>
    <name>stages::TextInput</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>Please give the class a name.</source>
        <translation>Please give the class a name.</translation>
    </message>
    <message>
        <source>Please give the school a name.</source>
        <translation>Please give the school a name.</translation>
    </message>
    <message>
        <source>Please enter a login.</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <source>The text contains control characters (for example from a copied table); please type it again.</source>
        <translation>The text contains control characters (for example from a copied table); please type it again.</translation>
    </message>
    <message>
        <source>The text has no visible letters.</source>
        <translation>The text has no visible letters.</translation>
    </message>
    <message>
        <source>A login cannot contain spaces.</source>
        <translation>A login cannot contain spaces.</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters at most).</source>
        <translation>The text is too long (%1 characters at most).</translation>
    </message>
</context>
<context>
    <name>stages::TrainerArea</name>
    <message>
        <source>Educators</source>
        <translation>Educators</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
</context>
<context>
    <name>stages::TrainerHomePage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Expiring within %1 days</translation>
    </message>
    <message>
        <source>Remind these holders to renew their certificate.</source>
        <translation>Remind these holders to renew their certificate.</translation>
    </message>
    <message>
        <source>No certificate expires in the next %1 days.</source>
        <translation>No certificate expires in the next %1 days.</translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation>All certificates</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:22px; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <extracomment>A count on the trainer&apos;s overview: &quot;&lt;big number&gt;&quot; above &quot;Certified teacher&quot;</extracomment>
        <translation>&lt;span style=&apos;font-size:22px; font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation>Valid certificates</translation>
    </message>
    <message>
        <source>Certificates that expire soon</source>
        <extracomment>Screen reader name of a table</extracomment>
        <translation>Certificates that expire soon</translation>
    </message>
</context>
<context>
    <name>stages::Training</name>
    <message>
        <source>In training</source>
        <extracomment>The status of an educator who holds no valid certificate yet.</extracomment>
        <translation>In training</translation>
    </message>
    <message>
        <source>Certified teacher</source>
        <translation>Certified teacher</translation>
    </message>
    <message>
        <source>Trainer</source>
        <extracomment>The status of an educator with a valid trainer certificate: may certify others.</extracomment>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <extracomment>The status of an educator whose certificates all expired or were revoked.</extracomment>
        <translation>Lapsed</translation>
    </message>
</context>
<context>
    <name>stages::TrainingService</name>
    <message>
        <source>There is no training programme %1.</source>
        <translation>There is no training programme %1.</translation>
    </message>
    <message>
        <source>Only a certified trainer can issue certificates, and you have no educator record.</source>
        <translation>Only a certified trainer can issue certificates, and you have no educator record.</translation>
    </message>
    <message>
        <source>Only a trainer with a valid trainer certificate can issue certificates.</source>
        <translation>Only a trainer with a valid trainer certificate can issue certificates.</translation>
    </message>
    <message>
        <source>You may not sign certificates yet: an administrator must allow it first.</source>
        <translation>You may not sign certificates yet: an administrator must allow it first.</translation>
    </message>
    <message>
        <source>Nobody can certify themselves; ask another trainer.</source>
        <translation>Nobody can certify themselves; ask another trainer.</translation>
    </message>
    <message>
        <source>There is no educator with the id %1.</source>
        <translation>There is no educator with the id %1.</translation>
    </message>
    <message>
        <source>%1 cannot be certified as %2 yet. Still missing:
%3</source>
        <extracomment>%1: an educator, %2: a programme; then one missing item per line.</extracomment>
        <translation>%1 cannot be certified as %2 yet. Still missing:
%3</translation>
    </message>
    <message>
        <source>Only an administrator can record a founding trainer.</source>
        <translation>Only an administrator can record a founding trainer.</translation>
    </message>
    <message>
        <source>%1 is a trainer with a valid certificate already.</source>
        <translation>%1 is a trainer with a valid certificate already.</translation>
    </message>
    <message>
        <source>Only an administrator or a trainer with a valid trainer certificate can revoke certificates.</source>
        <translation>Only an administrator or a trainer with a valid trainer certificate can revoke certificates.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Say why the certificate is revoked.</translation>
    </message>
    <message>
        <source>There is no certificate with the id %1.</source>
        <translation>There is no certificate with the id %1.</translation>
    </message>
    <message>
        <source>This certificate was revoked already.</source>
        <translation>This certificate was revoked already.</translation>
    </message>
    <message>
        <source>The %1 programme does not count this kind of evidence.</source>
        <extracomment>%1 is a programme&apos;s name, e.g. &quot;Stages trainer&quot;.</extracomment>
        <translation>The %1 programme does not count this kind of evidence.</translation>
    </message>
    <message>
        <source>Evidence cannot be dated in the future.</source>
        <translation>Evidence cannot be dated in the future.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Only practicum weeks can be counted from a class.</source>
        <translation>Only practicum weeks can be counted from a class.</translation>
    </message>
    <message numerus="yes">
        <source>An observed lesson needs a score from 1 to 4 for each of the %n criteria.</source>
        <translation>
            <numerusform>An observed lesson needs a score from 1 to 4 for the %n criterion.</numerusform>
            <numerusform>An observed lesson needs a score from 1 to 4 for each of the %n criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such class in this school.</source>
        <translation>There is no such class in this school.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0 (and not above 1000).</source>
        <translation>Enter an amount greater than 0 (and not above 1000).</translation>
    </message>
    <message>
        <source>Only an administrator can change a training programme.</source>
        <translation>Only an administrator can change a training programme.</translation>
    </message>
    <message>
        <source>There is no programme %1 to be the prerequisite.</source>
        <translation>There is no programme %1 to be the prerequisite.</translation>
    </message>
    <message>
        <source>Two programmes cannot be each other&apos;s prerequisite.</source>
        <translation>Two programmes cannot be each other&apos;s prerequisite.</translation>
    </message>
    <message>
        <source>This account has no educator record.</source>
        <translation>This account has no educator record.</translation>
    </message>
    <message>
        <source>There is no such account in this school.</source>
        <translation>There is no such account in this school.</translation>
    </message>
    <message>
        <source>A pupil cannot be an educator.</source>
        <translation>A pupil cannot be an educator.</translation>
    </message>
    <message>
        <source>%1 has an educator record already.</source>
        <translation>%1 has an educator record already.</translation>
    </message>
    <message>
        <source>Choose an educator first.</source>
        <translation>Choose an educator first.</translation>
    </message>
    <message>
        <source>%1 cannot enter the %2 programme without a valid %3 certificate.</source>
        <extracomment>%1: an educator, %2: a programme (&quot;Stages trainer&quot;), %3: the programme it needs (&quot;Stages teacher&quot;).</extracomment>
        <translation>%1 cannot enter the %2 programme without a valid %3 certificate.</translation>
    </message>
    <message>
        <source>This evidence does not exist or was removed.</source>
        <translation>This evidence does not exist or was removed.</translation>
    </message>
    <message>
        <source>A correction cannot move evidence to another educator or programme; remove it and record it again.</source>
        <translation>A correction cannot move evidence to another educator or programme; remove it and record it again.</translation>
    </message>
    <message>
        <source>Only trainers and administrators can see and record the training of educators.</source>
        <extracomment>Shown to a pupil or a teacher who tries to see or change the training of educators.</extracomment>
        <translation>Only trainers and administrators can see and record the training of educators.</translation>
    </message>
</context>
<context>
    <name>stages::TransferPairs</name>
    <message>
        <source>Each one is now the one next to it</source>
        <extracomment>Read by screen readers for the pairs of a transfer exercise: each old element and the new one for it</extracomment>
        <translation>Each one is now the one next to it</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpClock</name>
    <message>
        <source>Time left: %1</source>
        <extracomment>Screen readers: the warm-up&apos;s time left; %1 is minutes:seconds</extracomment>
        <translation>Time left: %1</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpPanel</name>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Start the warm-up at the beginning of a lesson. For the next 7 minutes, every pupil of the class who signs in goes straight to a short mixed set of exercises with a countdown. When the time is up, pupils see a cheerful end screen and return home. Exercises solved in a warm-up confirm what a pupil has mastered.</source>
        <translation>Start the warm-up at the beginning of a lesson. For the next 7 minutes, every pupil of the class who signs in goes straight to a short mixed set of exercises with a countdown. When the time is up, pupils see a cheerful end screen and return home. Exercises solved in a warm-up confirm what a pupil has mastered.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <extracomment>Number of pupils in a class, on the warm-up page</extracomment>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the 7-minute warm-up for %1</source>
        <extracomment>%1 is a class name (&quot;2.A&quot;)</extracomment>
        <translation>Start the 7-minute warm-up for %1</translation>
    </message>
    <message>
        <source>Running: %1 left (until %2)</source>
        <extracomment>A class&apos;s warm-up is running; %1 minutes:seconds left, %2 the time it ends (&quot;9:07&quot;)</extracomment>
        <translation>Running: %1 left (until %2)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <source>Stop the warm-up</source>
        <translation>Stop the warm-up</translation>
    </message>
    <message>
        <source>Pupils in the warm-up</source>
        <extracomment>Screen reader name of the list of pupils with their warm-up answers</extracomment>
        <translation>Pupils in the warm-up</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpResults</name>
    <message>
        <source>There is no such warm-up.</source>
        <translation>There is no such warm-up.</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpResultsModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Took part</source>
        <extracomment>Column of the warm-up results: whether the pupil did any exercise in the warm-up</extracomment>
        <translation>Took part</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column of the warm-up results: minutes:seconds spent on exercises</extracomment>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpResultsView</name>
    <message>
        <source>Results of warm-ups</source>
        <translation>Results of warm-ups</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Warm-up:</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Pupils&apos; results in the warm-up</source>
        <translation>Pupils&apos; results in the warm-up</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A warm-up in the list of results: %1 class (&quot;2.A&quot;), %2 date and time it started</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No warm-up yet. Start one above; its results appear here.</source>
        <translation>No warm-up yet. Start one above; its results appear here.</translation>
    </message>
    <message>
        <source>%1 of %2 pupils took part.</source>
        <extracomment>Warm-up results: %1 pupils who did at least one exercise, %2 pupils in the class</extracomment>
        <translation>%1 of %2 pupils took part.</translation>
    </message>
</context>
<context>
    <name>stages::WarmUpService</name>
    <message>
        <source>A warm-up lasts from 1 to 60 minutes.</source>
        <translation>A warm-up lasts from 1 to 60 minutes.</translation>
    </message>
    <message>
        <source>There is no such class.</source>
        <translation>There is no such class.</translation>
    </message>
    <message>
        <source>The warm-up for %1 is already running until %2.</source>
        <extracomment>%1 is a class (&quot;2.A&quot;), %2 the time the running warm-up ends (&quot;9:07&quot;)</extracomment>
        <translation>The warm-up for %1 is already running until %2.</translation>
    </message>
    <message>
        <source>This warm-up has already ended.</source>
        <translation>This warm-up has already ended.</translation>
    </message>
    <message>
        <source>Only the pupils of a class and its teachers can see the class&apos;s warm-up.</source>
        <translation>Only the pupils of a class and its teachers can see the class&apos;s warm-up.</translation>
    </message>
</context>
<context>
    <name>stages::WrappedKey</name>
    <message>
        <source>The stored signing key is damaged and cannot be used.</source>
        <extracomment>The organisation&apos;s signing key, stored encrypted in the database, cannot be read.</extracomment>
        <translation>The stored signing key is damaged and cannot be used.</translation>
    </message>
</context>
<context>
    <name>stages::audio::AudioOutput</name>
    <message>
        <source>The sound device &quot;%1&quot; cannot play %2 Hz stereo sound.</source>
        <translation>The sound device &quot;%1&quot; cannot play %2 Hz stereo sound.</translation>
    </message>
    <message>
        <source>The sound device stopped working (%1). Music exercises go on with pictures.</source>
        <translation>The sound device stopped working (%1). Music exercises go on with pictures.</translation>
    </message>
    <message>
        <source>The sound device &quot;%1&quot; could not be opened (%2). Music exercises go on with pictures.</source>
        <translation>The sound device &quot;%1&quot; could not be opened (%2). Music exercises go on with pictures.</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>no error</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>it could not be opened</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>reading or writing failed</translation>
    </message>
    <message>
        <source>sound data came too late</source>
        <translation>sound data came too late</translation>
    </message>
    <message>
        <source>a fatal error</source>
        <translation>a fatal error</translation>
    </message>
    <message>
        <source>No sound output device was found, so music plays silently. Connect speakers or headphones; the exercises still show every note.</source>
        <translation>No sound output device was found, so music plays silently. Connect speakers or headphones; the exercises still show every note.</translation>
    </message>
</context>
<context>
    <name>stages::audio::Instruments</name>
    <message>
        <source>Xylophone</source>
        <translation>Xylophone</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Marimba</source>
        <translation>Marimba</translation>
    </message>
    <message>
        <source>Glockenspiel</source>
        <translation>Glockenspiel</translation>
    </message>
    <message>
        <source>Drum kit</source>
        <translation>Drum kit</translation>
    </message>
</context>
<context>
    <name>stages::audio::MidiFileReader</name>
    <message>
        <source>This is not a MIDI file, or it is damaged.</source>
        <translation>This is not a MIDI file, or it is damaged.</translation>
    </message>
    <message>
        <source>MIDI files of format %1 are not supported.</source>
        <translation>MIDI files of format %1 are not supported.</translation>
    </message>
    <message>
        <source>MIDI files timed in SMPTE frames are not supported.</source>
        <translation>MIDI files timed in SMPTE frames are not supported.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::audio::MidiFileWriter</name>
    <message>
        <source>Could not write the MIDI file %1: %2</source>
        <translation>Could not write the MIDI file %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::audio::OfflineRenderer</name>
    <message>
        <source>The sequence is timed for %1 Hz but the synthesizer runs at %2 Hz.</source>
        <translation>The sequence is timed for %1 Hz but the synthesizer runs at %2 Hz.</translation>
    </message>
    <message>
        <source>That is %1 minutes of sound; Stages renders at most %2 minutes at a time. Use fewer notes or a faster tempo.</source>
        <translation>That is %1 minutes of sound; Stages renders at most %2 minutes at a time. Use fewer notes or a faster tempo.</translation>
    </message>
</context>
<context>
    <name>stages::audio::Synth</name>
    <message>
        <source>No SoundFont was found, so Stages cannot make instrument sounds. Install the package timgm6mb-soundfont or choose a .sf2 file in the settings. Music exercises still work with pictures.</source>
        <translation>No SoundFont was found, so Stages cannot make instrument sounds. Install the package timgm6mb-soundfont or choose a .sf2 file in the settings. Music exercises still work with pictures.</translation>
    </message>
    <message>
        <source>The SoundFont %1 does not exist. Choose another .sf2 file in the settings; music exercises still work with pictures.</source>
        <translation>The SoundFont %1 does not exist. Choose another .sf2 file in the settings; music exercises still work with pictures.</translation>
    </message>
    <message>
        <source>%1 is not a SoundFont (.sf2) file. Choose another file in the settings; music exercises still work with pictures.</source>
        <translation>%1 is not a SoundFont (.sf2) file. Choose another file in the settings; music exercises still work with pictures.</translation>
    </message>
    <message>
        <source>The sound engine could not start (out of memory).</source>
        <translation>The sound engine could not start (out of memory).</translation>
    </message>
    <message>
        <source>The sound engine could not start.</source>
        <translation>The sound engine could not start.</translation>
    </message>
    <message>
        <source>The SoundFont %1 could not be loaded; it may be damaged. Choose another file in the settings; music exercises still work with pictures.</source>
        <translation>The SoundFont %1 could not be loaded; it may be damaged. Choose another file in the settings; music exercises still work with pictures.</translation>
    </message>
</context>
<context>
    <name>stages::audio::WavWriter</name>
    <message>
        <source>Could not write the sound file %1: %2</source>
        <translation>Could not write the sound file %1: %2</translation>
    </message>
    <message>
        <source>The sound is too long for a WAV file.</source>
        <translation>The sound is too long for a WAV file.</translation>
    </message>
</context>
<context>
    <name>stages::cli::CertCommand</name>
    <message>
        <source>Issue, revoke, export and verify educators&apos; signed certificates.</source>
        <translation>Issue, revoke, export and verify educators&apos; signed certificates.</translation>
    </message>
    <message>
        <source>issue --educator ID --programme NAME --as LOGIN   prints the certificate&apos;s id</source>
        <translation>issue --educator ID --programme NAME --as LOGIN   prints the certificate&apos;s id</translation>
    </message>
    <message>
        <source>founding --educator ID --as ADMIN   record a founding trainer of the organisation</source>
        <translation>founding --educator ID --as ADMIN   record a founding trainer of the organisation</translation>
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
        <translation>export ID --pdf FILE | --json FILE   the signed certificate</translation>
    </message>
    <message>
        <source>verify FILE [--public-key FILE]   prints valid, invalid, revoked or expired</source>
        <translation>verify FILE [--public-key FILE]   prints valid, invalid, revoked or expired</translation>
    </message>
    <message>
        <source>export-badge ID --out FILE --as LOGIN   Open Badge 3.0: FILE and FILE.jwt</source>
        <translation>export-badge ID --out FILE --as LOGIN   Open Badge 3.0: FILE and FILE.jwt</translation>
    </message>
    <message>
        <source>public-key --out FILE   the organisation&apos;s Ed25519 public key, base64</source>
        <translation>public-key --out FILE   the organisation&apos;s Ed25519 public key, base64</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The educator&apos;s id (or name).</source>
        <translation>The educator&apos;s id (or name).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The programme, e.g. stages-teacher.</source>
        <translation>The programme, e.g. stages-teacher.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Certifies an educator who meets every requirement of the programme. Needs a certified trainer allowed to sign; their password unlocks the organisation&apos;s key. Prints the certificate&apos;s id.</source>
        <translation>Certifies an educator who meets every requirement of the programme. Needs a certified trainer allowed to sign; their password unlocks the organisation&apos;s key. Prints the certificate&apos;s id.</translation>
    </message>
    <message>
        <source>--educator and --programme are required.</source>
        <translation>--educator and --programme are required.</translation>
    </message>
    <message>
        <source>%1 cannot be certified as %2 yet. Still missing:</source>
        <extracomment>followed by one line per missing item</extracomment>
        <translation>%1 cannot be certified as %2 yet. Still missing:</translation>
    </message>
    <message>
        <source>An administrator records one of the organisation&apos;s first trainers: a trainer certificate that needs no evidence, signed with the administrator&apos;s copy of the key. Prints the certificate&apos;s id.</source>
        <translation>An administrator records one of the organisation&apos;s first trainers: a trainer certificate that needs no evidence, signed with the administrator&apos;s copy of the key. Prints the certificate&apos;s id.</translation>
    </message>
    <message>
        <source>--educator is required.</source>
        <translation>--educator is required.</translation>
    </message>
    <message>
        <source>Why it is revoked (kept in the audit log).</source>
        <translation>Why it is revoked (kept in the audit log).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The certificate&apos;s id (see cert list).</source>
        <translation>The certificate&apos;s id (see cert list).</translation>
    </message>
    <message>
        <source>Revokes a certificate: from now on it verifies as revoked.</source>
        <translation>Revokes a certificate: from now on it verifies as revoked.</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>--reason is required.</translation>
    </message>
    <message>
        <source>Revoked the certificate %1.</source>
        <translation>Revoked the certificate %1.</translation>
    </message>
    <message>
        <source>Only this educator&apos;s.</source>
        <translation>Only this educator&apos;s.</translation>
    </message>
    <message>
        <source>Only valid certificates that expire within this many days.</source>
        <translation>Only valid certificates that expire within this many days.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Lists certificates.</source>
        <translation>Lists certificates.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Write the certificate page as PDF.</source>
        <translation>Write the certificate page as PDF.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the signed certificate as JSON.</source>
        <translation>Write the signed certificate as JSON.</translation>
    </message>
    <message>
        <source>Writes a signed certificate: a PDF page that carries it, or the JSON file. Both verify with &quot;stagesctl cert verify&quot;.</source>
        <translation>Writes a signed certificate: a PDF page that carries it, or the JSON file. Both verify with &quot;stagesctl cert verify&quot;.</translation>
    </message>
    <message>
        <source>Give --pdf FILE or --json FILE (or both).</source>
        <translation>Give --pdf FILE or --json FILE (or both).</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphics libraries, which could not be started.</source>
        <translation>Writing a PDF needs the graphics libraries, which could not be started.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a public key: it should hold 32 bytes, base64 on one line.</source>
        <translation>%1 is not a public key: it should hold 32 bytes, base64 on one line.</translation>
    </message>
    <message>
        <source>Trust this public key (from &quot;stagesctl cert public-key&quot;) instead of the database&apos;s; revocation then cannot be checked.</source>
        <translation>Trust this public key (from &quot;stagesctl cert public-key&quot;) instead of the database&apos;s; revocation then cannot be checked.</translation>
    </message>
    <message>
        <source>The certificate: its PDF or its JSON file.</source>
        <translation>The certificate: its PDF or its JSON file.</translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signature, revocation and expiry. The first line says valid, invalid, revoked or expired; only valid exits with 0.</source>
        <translation>Checks a certificate&apos;s signature, revocation and expiry. The first line says valid, invalid, revoked or expired; only valid exits with 0.</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <source>Programme: %1 (level %2)</source>
        <extracomment>%1 programme&apos;s name, %2 its level</extracomment>
        <translation>Programme: %1 (level %2)</translation>
    </message>
    <message>
        <source>Issued: %1 by %2</source>
        <translation>Issued: %1 by %2</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Lineage: %1</translation>
    </message>
    <message>
        <source>Revocation could not be checked: %1</source>
        <translation>Revocation could not be checked: %1</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON file; the JWT goes to FILE.jwt.</source>
        <translation>The credential&apos;s JSON file; the JWT goes to FILE.jwt.</translation>
    </message>
    <message>
        <source>Writes the certificate as an Open Badges 3.0 credential (OpenBadgeCredential) and, beside it, as a VC-JWT signed with the organisation&apos;s key, which the password of --as unlocks.</source>
        <translation>Writes the certificate as an Open Badges 3.0 credential (OpenBadgeCredential) and, beside it, as a VC-JWT signed with the organisation&apos;s key, which the password of --as unlocks.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out is required.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Wrote %1 and %2.</translation>
    </message>
    <message>
        <source>The file to write (default: print it).</source>
        <translation>The file to write (default: print it).</translation>
    </message>
    <message>
        <source>Writes the organisation&apos;s Ed25519 public key (32 bytes, base64, one line): with it anyone can check a certificate, without the database.</source>
        <translation>Writes the organisation&apos;s Ed25519 public key (32 bytes, base64, one line): with it anyone can check a certificate, without the database.</translation>
    </message>
</context>
<context>
    <name>stages::cli::ClassCommand</name>
    <message>
        <source>Manage the school&apos;s classes.</source>
        <translation>Manage the school&apos;s classes.</translation>
    </message>
    <message>
        <source>add --name NAME   add a class</source>
        <translation>add --name NAME   add a class</translation>
    </message>
    <message>
        <source>list [--json]     list classes with their pupil counts</source>
        <translation>list [--json]     list classes with their pupil counts</translation>
    </message>
    <message>
        <source>The class name, e.g. 2.A.</source>
        <translation>The class name, e.g. 2.A.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Adds a class.</source>
        <translation>Adds a class.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>Added class %1 (%2).</source>
        <translation>Added class %1 (%2).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Lists the classes.</source>
        <translation>Lists the classes.</translation>
    </message>
</context>
<context>
    <name>stages::cli::Context</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>wrong number of arguments; see --help.</source>
        <translation>wrong number of arguments; see --help.</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1 %2&quot;.</source>
        <translation>unknown verb &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Usage: stagesctl [--db PATH] %1 VERB [options]</source>
        <translation>Usage: stagesctl [--db PATH] %1 VERB [options]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbs:</translation>
    </message>
    <message>
        <source>Every verb has --help.</source>
        <translation>Every verb has --help.</translation>
    </message>
    <message>
        <source>missing command.</source>
        <translation>missing command.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>&quot;stagesctl COMMAND --help&quot; lists a command&apos;s verbs. The database defaults to %1 (or $STAGES_DB).</source>
        <translation>&quot;stagesctl COMMAND --help&quot; lists a command&apos;s verbs. The database defaults to %1 (or $STAGES_DB).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Usage: stagesctl [--db PATH|URL] [--local-cache PATH] COMMAND VERB [options]</source>
        <translation>Usage: stagesctl [--db PATH|URL] [--local-cache PATH] COMMAND VERB [options]</translation>
    </message>
    <message>
        <source>--db must be a school server (postgresql://USER@HOST:PORT/DBNAME) to work on this PC&apos;s cache.</source>
        <translation>--db must be a school server (postgresql://USER@HOST:PORT/DBNAME) to work on this PC&apos;s cache.</translation>
    </message>
    <message>
        <source>A school server&apos;s password comes from PGPASSWORD, else the one stored on this PC for that server (the app&apos;s &quot;School server&quot; page), else ~/.pgpass, else a prompt.</source>
        <translation>A school server&apos;s password comes from PGPASSWORD, else the one stored on this PC for that server (the app&apos;s &quot;School server&quot; page), else ~/.pgpass, else a prompt.</translation>
    </message>
</context>
<context>
    <name>stages::cli::DashboardCommand</name>
    <message>
        <source>What the teacher dashboards show: progress and who needs attention.</source>
        <translation>What the teacher dashboards show: progress and who needs attention.</translation>
    </message>
    <message>
        <source>class --class NAME [--since YYYY-MM-DD] [--json]   every pupil of a class</source>
        <translation>class --class NAME [--since YYYY-MM-DD] [--json]   every pupil of a class</translation>
    </message>
    <message>
        <source>school [--json]                                  one row per class</source>
        <translation>school [--json]                                  one row per class</translation>
    </message>
    <message>
        <source>The class name, e.g. 2.A.</source>
        <translation>The class name, e.g. 2.A.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Count only attempts from this day on (UTC), e.g. 2026-09-01.</source>
        <translation>Count only attempts from this day on (UTC), e.g. 2026-09-01.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Shows a class&apos;s progress, pupil by pupil.</source>
        <translation>Shows a class&apos;s progress, pupil by pupil.</translation>
    </message>
    <message>
        <source>--class is required.</source>
        <translation>--class is required.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since takes a day as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>There is no class called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pupil</source>
        <extracomment>column headings of the class table; keep them short</extracomment>
        <translation>pupil</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>attempts</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>proficient</source>
        <translation>proficient</translation>
    </message>
    <message>
        <source>last active</source>
        <translation>last active</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Shows every class of the school in one table.</source>
        <translation>Shows every class of the school in one table.</translation>
    </message>
    <message>
        <source>class</source>
        <extracomment>column headings of the school table; keep them short</extracomment>
        <translation>class</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>pupils</translation>
    </message>
    <message>
        <source>active this week</source>
        <translation>active this week</translation>
    </message>
    <message>
        <source>median proficient</source>
        <translation>median proficient</translation>
    </message>
</context>
<context>
    <name>stages::cli::DbCommand</name>
    <message>
        <source>Create, check, update, back up and restore the database.</source>
        <translation>Create, check, update, back up and restore the database.</translation>
    </message>
    <message>
        <source>init              create a new empty database</source>
        <translation>init              create a new empty database</translation>
    </message>
    <message>
        <source>migrate           bring the database up to this version&apos;s schema</source>
        <translation>migrate           bring the database up to this version&apos;s schema</translation>
    </message>
    <message>
        <source>check             integrity check and schema version (fails on any problem)</source>
        <translation>check             integrity check and schema version (fails on any problem)</translation>
    </message>
    <message>
        <source>backup FILE       consistent copy, safe while the app is running</source>
        <translation>backup FILE       consistent copy, safe while the app is running</translation>
    </message>
    <message>
        <source>restore FILE      replace the database by a backup that passes check</source>
        <translation>restore FILE      replace the database by a backup that passes check</translation>
    </message>
    <message>
        <source>Creates a new database with the current schema.</source>
        <translation>Creates a new database with the current schema.</translation>
    </message>
    <message>
        <source>%1 already exists; use &quot;db migrate&quot; or &quot;db check&quot;.</source>
        <translation>%1 already exists; use &quot;db migrate&quot; or &quot;db check&quot;.</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation>Created %1 (schema %2).</translation>
    </message>
    <message>
        <source>Applies pending schema updates in one transaction.</source>
        <translation>Applies pending schema updates in one transaction.</translation>
    </message>
    <message>
        <source>%1 is at schema %2.</source>
        <translation>%1 is at schema %2.</translation>
    </message>
    <message>
        <source>Checks the whole file and its schema version without changing it.</source>
        <translation>Checks the whole file and its schema version without changing it.</translation>
    </message>
    <message>
        <source>%1 is healthy but uses the older schema %2 (current: %3); run &quot;db migrate&quot;.</source>
        <translation>%1 is healthy but uses the older schema %2 (current: %3); run &quot;db migrate&quot;.</translation>
    </message>
    <message>
        <source>%1: ok, schema %2.</source>
        <translation>%1: ok, schema %2.</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Where to write the copy.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database, even while the app is running.</source>
        <translation>Writes a consistent copy of the database, even while the app is running.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Backed up %1 to %2.</translation>
    </message>
    <message>
        <source>A backup made by &quot;db backup&quot;.</source>
        <translation>A backup made by &quot;db backup&quot;.</translation>
    </message>
    <message>
        <source>Replaces the database by a backup. The backup must pass &quot;db check&quot;.</source>
        <translation>Replaces the database by a backup. The backup must pass &quot;db check&quot;.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3).</source>
        <translation>Restored %1 from %2 (schema %3).</translation>
    </message>
    <message>
        <source>%1 holds no Stages data yet; there is nothing to back up.</source>
        <translation>%1 holds no Stages data yet; there is nothing to back up.</translation>
    </message>
    <message>
        <source>warning: the backup is complete, but it could not be noted in the audit log of %1: %2</source>
        <translation>warning: the backup is complete, but it could not be noted in the audit log of %1: %2</translation>
    </message>
    <message>
        <source>Give up when other programs keep writing for this long (default: %1).</source>
        <translation>Give up when other programs keep writing for this long (default: %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 0 to 3600.</source>
        <translation>--wait must be a number of seconds from 0 to 3600.</translation>
    </message>
</context>
<context>
    <name>stages::cli::DemoCommand</name>
    <message>
        <source>Fill a database with a demo school for trying Stages out.</source>
        <translation>Fill a database with a demo school for trying Stages out.</translation>
    </message>
    <message>
        <source>How many pupils (default 24).</source>
        <translation>How many pupils (default 24).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many classes (default 1).</source>
        <translation>How many classes (default 1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same school.</source>
        <translation>Random seed; the same seed gives the same school.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Print the created accounts as JSON.</source>
        <translation>Print the created accounts as JSON.</translation>
    </message>
    <message>
        <source>--pupils, --classes and --seed take whole numbers.</source>
        <translation>--pupils, --classes and --seed take whole numbers.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n account(s).</source>
        <translation>
            <numerusform>Created %n account.</numerusform>
            <numerusform>Created %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add demo people to the school already in the database. Its new staff get fresh random passwords (printed), never the demo password.</source>
        <translation>Add demo people to the school already in the database. Its new staff get fresh random passwords (printed), never the demo password.</translation>
    </message>
    <message>
        <source>Creates a demo school in an empty database: classes, pupils, teachers and a trainer. Staff password: %1; pupils&apos; picture passwords are printed as the names of their pictures.</source>
        <translation>Creates a demo school in an empty database: classes, pupils, teachers and a trainer. Staff password: %1; pupils&apos; picture passwords are printed as the names of their pictures.</translation>
    </message>
    <message>
        <source>How many of the school&apos;s pupils take part.</source>
        <translation>How many of the school&apos;s pupils take part.</translation>
    </message>
    <message>
        <source>How many attempts to make.</source>
        <translation>How many attempts to make.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Random seed for pupils, exercises and scores.</source>
        <translation>Random seed for pupils, exercises and scores.</translation>
    </message>
    <message>
        <source>Makes pupils of the school finish exercises and stores every attempt the way the app does, for demos and load tests. Prints &quot;saved ID&quot; for each attempt stored, &quot;kept ID&quot; for one waiting in the journal beside the database.</source>
        <translation>Makes pupils of the school finish exercises and stores every attempt the way the app does, for demos and load tests. Prints &quot;saved ID&quot; for each attempt stored, &quot;kept ID&quot; for one waiting in the journal beside the database.</translation>
    </message>
    <message>
        <source>--pupils (1 or more), --count and --seed take whole numbers.</source>
        <translation>--pupils (1 or more), --count and --seed take whole numbers.</translation>
    </message>
    <message>
        <source>The school has no pupils yet; &quot;stagesctl demo seed&quot; adds some.</source>
        <translation>The school has no pupils yet; &quot;stagesctl demo seed&quot; adds some.</translation>
    </message>
    <message>
        <source>There are no exercises.</source>
        <translation>There are no exercises.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s) still wait in %1.</source>
        <translation>
            <numerusform>%n earlier attempt still wait in %1.</numerusform>
            <numerusform>%n earlier attempts still wait in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n attempt(s) at once, kept %1 for later; %2 still waiting.</source>
        <extracomment>Summary of &quot;demo attempts&quot;: %n stored at once, %1 kept in the journal, %2 still waiting there</extracomment>
        <translation>
            <numerusform>Saved %n attempt at once, kept %1 for later; %2 still waiting.</numerusform>
            <numerusform>Saved %n attempts at once, kept %1 for later; %2 still waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>seed --pupils N --classes M [--attempts A] [--seed S] [--into-existing] [--json]   deterministic demo school, with a year of history when --attempts is given</source>
        <translation>seed --pupils N --classes M [--attempts A] [--seed S] [--into-existing] [--json]   deterministic demo school, with a year of history when --attempts is given</translation>
    </message>
    <message>
        <source>Also make a school year of history: this many attempts, spread over the school days of the year up to now (default 0).</source>
        <translation>Also make a school year of history: this many attempts, spread over the school days of the year up to now (default 0).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>%1 of %2 attempts written</source>
        <extracomment>Progress of &quot;demo seed --attempts&quot; on stderr</extracomment>
        <translation>%1 of %2 attempts written</translation>
    </message>
    <message>
        <source>History: %1 attempts by %2 pupils (%3 stuck, %4 stopped weeks ago), school days from %5 to %6.</source>
        <extracomment>Summary of &quot;demo seed --attempts&quot;; %1 attempts, %2 pupils, %3 stuck, %4 inactive, %5 and %6 dates</extracomment>
        <translation>History: %1 attempts by %2 pupils (%3 stuck, %4 stopped weeks ago), school days from %5 to %6.</translation>
    </message>
    <message>
        <source>%1 class warm-ups, %2 pieces of work, %3 comments from teachers; written in %4 s.</source>
        <extracomment>Summary of &quot;demo seed --attempts&quot;; %1 warm-ups, %2 pieces of work, %3 teachers&apos; comments, %4 seconds</extracomment>
        <translation>%1 class warm-ups, %2 pieces of work, %3 comments from teachers; written in %4 s.</translation>
    </message>
    <message>
        <source>attempts --pupils N --count C [--seed S]   pupils finish exercises, stored as the app does (with a server as --db: into this PC&apos;s cache and outbox)</source>
        <translation>attempts --pupils N --count C [--seed S]   pupils finish exercises, stored as the app does (with a server as --db: into this PC&apos;s cache and outbox)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait in this PC&apos;s outbox; &quot;stagesctl sync push&quot; sends them.</source>
        <extracomment>After &quot;demo attempts&quot; on a PC of a school server; %n changes in its outbox</extracomment>
        <translation>
            <numerusform>%n change waits in this PC&apos;s outbox; &quot;stagesctl sync push&quot; sends it.</numerusform>
            <numerusform>%n changes wait in this PC&apos;s outbox; &quot;stagesctl sync push&quot; sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::DemoHistory</name>
    <message>
        <source>Lovely work!</source>
        <extracomment>A teacher&apos;s comment on a pupil&apos;s piece in the demo school</extracomment>
        <translation>Lovely work!</translation>
    </message>
    <message>
        <source>You kept to the rule every time. Well done!</source>
        <translation>You kept to the rule every time. Well done!</translation>
    </message>
    <message>
        <source>I like this one. Can you make a longer one?</source>
        <translation>I like this one. Can you make a longer one?</translation>
    </message>
    <message>
        <source>Beautiful! Show it to the class tomorrow.</source>
        <translation>Beautiful! Show it to the class tomorrow.</translation>
    </message>
    <message>
        <source>Good start. Try one more next time.</source>
        <translation>Good start. Try one more next time.</translation>
    </message>
    <message>
        <source>What a clever order!</source>
        <translation>What a clever order!</translation>
    </message>
</context>
<context>
    <name>stages::cli::EducatorCommand</name>
    <message>
        <source>Educators in training, certified teachers and trainers, and how far each one has come.</source>
        <translation>Educators in training, certified teachers and trainers, and how far each one has come.</translation>
    </message>
    <message>
        <source>add --name NAME [--user LOGIN] [--organisation ORG] --as LOGIN   a new educator</source>
        <translation>add --name NAME [--user LOGIN] [--organisation ORG] --as LOGIN   a new educator</translation>
    </message>
    <message>
        <source>list [--json]                     every educator with their status</source>
        <translation>list [--json]                     every educator with their status</translation>
    </message>
    <message>
        <source>show ID [--programme NAME] [--json]   progress per requirement and what is missing</source>
        <translation>show ID [--programme NAME] [--json]   progress per requirement and what is missing</translation>
    </message>
    <message>
        <source>allow-signing ID --as ADMIN   the educator may sign certificates (reads the administrator&apos;s password, then the educator&apos;s)</source>
        <translation>allow-signing ID --as ADMIN   the educator may sign certificates (reads the administrator&apos;s password, then the educator&apos;s)</translation>
    </message>
    <message>
        <source>The educator&apos;s name.</source>
        <translation>The educator&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Link to this teacher&apos;s or trainer&apos;s account (their login).</source>
        <translation>Link to this teacher&apos;s or trainer&apos;s account (their login).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Their school, when it is not this one.</source>
        <translation>Their school, when it is not this one.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The educator who trains them (default: the one acting).</source>
        <translation>The educator who trains them (default: the one acting).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Records an educator: a teacher of this school (--user) or of another one.</source>
        <translation>Records an educator: a teacher of this school (--user) or of another one.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>There is no teacher, trainer or administrator with the login &quot;%1&quot;.</source>
        <translation>There is no teacher, trainer or administrator with the login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added the educator %1 (%2).</source>
        <extracomment>%1 the educator&apos;s name, %2 their id</extracomment>
        <translation>Added the educator %1 (%2).</translation>
    </message>
    <message>
        <source>The educator&apos;s id (or name).</source>
        <translation>The educator&apos;s id (or name).</translation>
    </message>
    <message>
        <source>Gives an educator with an account their own copy of the organisation&apos;s signing key, locked with their password. Standard input: the administrator&apos;s password on the first line, the educator&apos;s on the second.</source>
        <translation>Gives an educator with an account their own copy of the organisation&apos;s signing key, locked with their password. Standard input: the administrator&apos;s password on the first line, the educator&apos;s on the second.</translation>
    </message>
    <message>
        <source>%1 has no account here, so there is no password to lock the key with.</source>
        <translation>%1 has no account here, so there is no password to lock the key with.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>%1 may sign certificates now.</source>
        <translation>%1 may sign certificates now.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Lists the educators with their status.</source>
        <translation>Lists the educators with their status.</translation>
    </message>
    <message>
        <source>Show this programme (default: every programme the educator has evidence in).</source>
        <translation>Show this programme (default: every programme the educator has evidence in).</translation>
    </message>
    <message>
        <source>Shows an educator: progress per requirement and what is still missing.</source>
        <translation>Shows an educator: progress per requirement and what is still missing.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1 name, %2 status (&quot;Certified teacher&quot;), %3 id</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Trained by %1.</source>
        <translation>Trained by %1.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 (%3)</source>
        <extracomment>%1 programme, %2 issue day, %3 the certificate&apos;s id</extracomment>
        <translation>Certificate %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>No evidence yet; add some with &quot;stagesctl evidence add&quot;, or pick a programme with --programme.</source>
        <translation>No evidence yet; add some with &quot;stagesctl evidence add&quot;, or pick a programme with --programme.</translation>
    </message>
    <message>
        <source>%1: ready to be certified.</source>
        <translation>%1: ready to be certified.</translation>
    </message>
    <message>
        <source>%1: not ready yet.</source>
        <translation>%1: not ready yet.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>%1 the requirement, %2 what has been done, %3 what is needed</extracomment>
        <translation>%1: %2 of %3</translation>
    </message>
</context>
<context>
    <name>stages::cli::EvidenceCommand</name>
    <message>
        <source>Record what an educator has done: workshops, practicum, observed lessons, portfolio.</source>
        <translation>Record what an educator has done: workshops, practicum, observed lessons, portfolio.</translation>
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
        <translation>correct ID [the options of add] --as LOGIN   change a record; the old values stay in the audit log</translation>
    </message>
    <message>
        <source>The educator&apos;s id (or name).</source>
        <translation>The educator&apos;s id (or name).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The programme, e.g. stages-teacher.</source>
        <translation>The programme, e.g. stages-teacher.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>workshop, practicum, observation or portfolio.</source>
        <translation>workshop, practicum, observation or portfolio.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Workshop: hours attended (or led).</source>
        <translation>Workshop: hours attended (or led).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Practicum: weeks of teaching Stages.</source>
        <translation>Practicum: weeks of teaching Stages.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Practicum: count the weeks from this class&apos;s real activity in this database.</source>
        <translation>Practicum: count the weeks from this class&apos;s real activity in this database.</translation>
    </message>
    <message>
        <source>Observed lesson: one score from 1 to 4 per criterion of the rubric, in order (&quot;stagesctl programme show&quot; lists them).</source>
        <translation>Observed lesson: one score from 1 to 4 per criterion of the rubric, in order (&quot;stagesctl programme show&quot; lists them).</translation>
    </message>
    <message>
        <source>4,3,4,4</source>
        <translation>4,3,4,4</translation>
    </message>
    <message>
        <source>Portfolio: how many items.</source>
        <translation>Portfolio: how many items.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When it happened (default: today).</source>
        <translation>When it happened (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>A note.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--%1 takes a number of 0 or more, e.g. 2.5, not &quot;%2&quot;.</source>
        <translation>--%1 takes a number of 0 or more, e.g. 2.5, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--scores takes scores from 1 to 4 separated by commas, e.g. 4,3,4,4; &quot;%1&quot; is not one.</source>
        <translation>--scores takes scores from 1 to 4 separated by commas, e.g. 4,3,4,4; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>There is no evidence &quot;%1&quot; (&quot;stagesctl evidence list&quot; shows the ids).</source>
        <translation>There is no evidence &quot;%1&quot; (&quot;stagesctl evidence list&quot; shows the ids).</translation>
    </message>
    <message>
        <source>The evidence&apos;s id (see evidence list).</source>
        <translation>The evidence&apos;s id (see evidence list).</translation>
    </message>
    <message>
        <source>Corrects a piece of evidence; the old values are kept in the audit log. Options not given keep their value.</source>
        <translation>Corrects a piece of evidence; the old values are kept in the audit log. Options not given keep their value.</translation>
    </message>
    <message>
        <source>Records a piece of evidence towards a programme.</source>
        <translation>Records a piece of evidence towards a programme.</translation>
    </message>
    <message>
        <source>--educator, --programme and --kind are required.</source>
        <translation>--educator, --programme and --kind are required.</translation>
    </message>
    <message>
        <source>--kind must be workshop, practicum, observation or portfolio.</source>
        <translation>--kind must be workshop, practicum, observation or portfolio.</translation>
    </message>
    <message>
        <source>--%1 is for %2 evidence, not %3.</source>
        <translation>--%1 is for %2 evidence, not %3.</translation>
    </message>
    <message>
        <source>--class is for practicum evidence.</source>
        <translation>--class is for practicum evidence.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>There is no class called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--scores is for observation evidence.</source>
        <translation>--scores is for observation evidence.</translation>
    </message>
    <message>
        <source>Workshop evidence needs --hours.</source>
        <translation>Workshop evidence needs --hours.</translation>
    </message>
    <message>
        <source>Practicum evidence needs --weeks, or --class to count them from a class.</source>
        <translation>Practicum evidence needs --weeks, or --class to count them from a class.</translation>
    </message>
    <message>
        <source>An observed lesson needs --scores, one from 1 to 4 per criterion.</source>
        <translation>An observed lesson needs --scores, one from 1 to 4 per criterion.</translation>
    </message>
    <message>
        <source>Portfolio evidence needs --items.</source>
        <translation>Portfolio evidence needs --items.</translation>
    </message>
    <message>
        <source>Corrected the evidence %1.</source>
        <translation>Corrected the evidence %1.</translation>
    </message>
    <message>
        <source>Recorded %1 evidence %2.</source>
        <extracomment>%1 the kind (workshop, practicum ...), %2 the evidence&apos;s id</extracomment>
        <translation>Recorded %1 evidence %2.</translation>
    </message>
    <message>
        <source>Only this programme.</source>
        <translation>Only this programme.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Lists an educator&apos;s evidence.</source>
        <translation>Lists an educator&apos;s evidence.</translation>
    </message>
    <message>
        <source>--educator is required (&quot;stagesctl educator list&quot; shows the ids).</source>
        <translation>--educator is required (&quot;stagesctl educator list&quot; shows the ids).</translation>
    </message>
</context>
<context>
    <name>stages::cli::ExercisesCommand</name>
    <message>
        <source>List, show, solve and check exercises (JSON).</source>
        <translation>List, show, solve and check exercises (JSON).</translation>
    </message>
    <message>
        <source>list [--domain D] [--stage N] [--skin S] [--task T] [--json]   the catalogue</source>
        <translation>list [--domain D] [--stage N] [--skin S] [--task T] [--json]   the catalogue</translation>
    </message>
    <message>
        <source>solve ID                       the count and the full answer</source>
        <translation>solve ID                       the count and the full answer</translation>
    </message>
    <message>
        <source>check ID --answer JSON | --answer-file F   judge an answer as the app does</source>
        <translation>check ID --answer JSON | --answer-file F   judge an answer as the app does</translation>
    </message>
    <message>
        <source>stages [--domain D]            the stage ladders</source>
        <translation>stages [--domain D]            the stage ladders</translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;; &quot;stagesctl exercises list&quot; shows them all.</source>
        <translation>There is no exercise &quot;%1&quot;; &quot;stagesctl exercises list&quot; shows them all.</translation>
    </message>
    <message>
        <source>Only this domain (combinatorics ...).</source>
        <translation>Only this domain (combinatorics ...).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Only this stage.</source>
        <translation>Only this stage.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only this skin (colors, shapes, moves ...).</source>
        <translation>Only this skin (colors, shapes, moves ...).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this task (build-all, count ...).</source>
        <translation>Only this task (build-all, count ...).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Print JSON: an array, one exercise per line.</source>
        <translation>Print JSON: an array, one exercise per line.</translation>
    </message>
    <message>
        <source>Lists the exercise catalogue in its fixed order.</source>
        <translation>Lists the exercise catalogue in its fixed order.</translation>
    </message>
    <message>
        <source>Exercise id.</source>
        <translation>Exercise id.</translation>
    </message>
    <message>
        <source>Prints how many there are and the full correct answer.</source>
        <translation>Prints how many there are and the full correct answer.</translation>
    </message>
    <message>
        <source>The answer as JSON (see exercises/framework/README.md).</source>
        <translation>The answer as JSON (see exercises/framework/README.md).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Read the answer JSON from a file (- for stdin).</source>
        <translation>Read the answer JSON from a file (- for stdin).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Also print the accepted items, flagged entries and the hint.</source>
        <translation>Also print the accepted items, flagged entries and the hint.</translation>
    </message>
    <message>
        <source>Judges an answer exactly as the app would.</source>
        <translation>Judges an answer exactly as the app would.</translation>
    </message>
    <message>
        <source>give exactly one of --answer and --answer-file.</source>
        <translation>give exactly one of --answer and --answer-file.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>the answer is not valid JSON: %1</translation>
    </message>
    <message>
        <source>Only this domain.</source>
        <translation>Only this domain.</translation>
    </message>
    <message>
        <source>Prints each domain&apos;s stage ladder with exercise counts.</source>
        <translation>Prints each domain&apos;s stage ladder with exercise counts.</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same set.</source>
        <translation>Seed; the same seed gives the same set.</translation>
    </message>
    <message>
        <source>Length in minutes (default 7).</source>
        <translation>Length in minutes (default 7).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Highest stage to draw from (default: all).</source>
        <translation>Highest stage to draw from (default: all).</translation>
    </message>
    <message>
        <source>Builds a timed, mixed warm-up set for the start of a lesson.</source>
        <translation>Builds a timed, mixed warm-up set for the start of a lesson.</translation>
    </message>
    <message>
        <source>show ID [--lang L]             an exercise with what the screen shows and says</source>
        <translation>show ID [--lang L]             an exercise with what the screen shows and says</translation>
    </message>
    <message>
        <source>Language of the instruction and the rule (cs, en).</source>
        <translation>Language of the instruction and the rule (cs, en).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Shows an exercise, the prompt data its screen shows and its words.</source>
        <translation>Shows an exercise, the prompt data its screen shows and its words.</translation>
    </message>
    <message>
        <source>Stages the class is proficient in, e.g. 1,2: those come first.</source>
        <translation>Stages the class is proficient in, e.g. 1,2: those come first.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>warmup [--class C] [--seed S] [--minutes M] [--stage N]   a mixed warm-up set</source>
        <translation>warmup [--class C] [--seed S] [--minutes M] [--stage N]   a mixed warm-up set</translation>
    </message>
    <message>
        <source>A class in the database (name): its familiar and reached stages decide the set.</source>
        <translation>A class in the database (name): its familiar and reached stages decide the set.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>There is no class &quot;%1&quot;; &quot;stagesctl class list&quot; shows them.</source>
        <translation>There is no class &quot;%1&quot;; &quot;stagesctl class list&quot; shows them.</translation>
    </message>
    <message>
        <source>the answer is empty: give it as JSON, e.g. --answer &apos;[[0,1],[1,0]]&apos; (&quot;stagesctl exercises solve ID&quot; shows the form).</source>
        <translation>the answer is empty: give it as JSON, e.g. --answer &apos;[[0,1],[1,0]]&apos; (&quot;stagesctl exercises solve ID&quot; shows the form).</translation>
    </message>
    <message>
        <source>--familiar takes stage numbers separated by commas, e.g. 1,2; &quot;%1&quot; is not one.</source>
        <translation>--familiar takes stage numbers separated by commas, e.g. 1,2; &quot;%1&quot; is not one.</translation>
    </message>
</context>
<context>
    <name>stages::cli::GeometryCommand</name>
    <message>
        <source>star N K --svg FILE   the star polygon {N/K}: one closed polygon per separate figure</source>
        <translation>star N K --svg FILE   the star polygon {N/K}: one closed polygon per separate figure</translation>
    </message>
    <message>
        <source>Points on the circle (%1 to %2).</source>
        <translation>Points on the circle (%1 to %2).</translation>
    </message>
    <message>
        <source>Join every K-th point (1 to N-1).</source>
        <translation>Join every K-th point (1 to N-1).</translation>
    </message>
    <message>
        <source>The SVG file to write (- for standard output).</source>
        <translation>The SVG file to write (- for standard output).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Writes the star polygon {N/K} as SVG: N points on a circle, each joined to the K-th next; gcd(N, K) separate closed figures.</source>
        <translation>Writes the star polygon {N/K} as SVG: N points on a circle, each joined to the K-th next; gcd(N, K) separate closed figures.</translation>
    </message>
    <message>
        <source>N must be a whole number from %1 to %2 and K one from 1 to N-1.</source>
        <translation>N must be a whole number from %1 to %2 and K one from 1 to N-1.</translation>
    </message>
    <message>
        <source>Say where to write the drawing: --svg FILE.</source>
        <translation>Say where to write the drawing: --svg FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: {%2/%3}, %4 separate figure(s) of %5 corners each.</source>
        <translation>%1: {%2/%3}, %4 separate figure(s) of %5 corners each.</translation>
    </message>
    <message>
        <source>Draw star polygons and export pupils&apos; drawings as SVG.</source>
        <translation>Draw star polygons and export pupils&apos; drawings as SVG.</translation>
    </message>
    <message>
        <source>export --artifact ID --svg FILE   a pupil&apos;s saved drawing (create-drawing)</source>
        <translation>export --artifact ID --svg FILE   a pupil&apos;s saved drawing (create-drawing)</translation>
    </message>
    <message>
        <source>A pupil&apos;s saved drawing (artifact id).</source>
        <translation>A pupil&apos;s saved drawing (artifact id).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Writes a pupil&apos;s saved drawing (the create-drawing task) as SVG, as the pupil left it.</source>
        <translation>Writes a pupil&apos;s saved drawing (the create-drawing task) as SVG, as the pupil left it.</translation>
    </message>
    <message>
        <source>Say which drawing: --artifact ID.</source>
        <translation>Say which drawing: --artifact ID.</translation>
    </message>
    <message>
        <source>Saved work %1: %2</source>
        <extracomment>%1 an artifact id, %2 why it cannot be read (&quot;This work is no longer there.&quot;)</extracomment>
        <translation>Saved work %1: %2</translation>
    </message>
    <message>
        <source>The saved work %1 is not a drawing (it is of kind &quot;%2&quot;).</source>
        <extracomment>%1 an artifact id, %2 its kind (&quot;melody&quot;, &quot;arrangements&quot;...), not translated</extracomment>
        <translation>The saved work %1 is not a drawing (it is of kind &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The saved drawing %1 cannot be read: %2</source>
        <extracomment>%1 an artifact id, %2 what is wrong with it</extracomment>
        <translation>The saved drawing %1 cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2&apos;s drawing, %n line(s).</source>
        <extracomment>%1 the file, %2 the pupil&apos;s name, %n lines in the drawing</extracomment>
        <translation>
            <numerusform>%1: %2&apos;s drawing, %n line.</numerusform>
            <numerusform>%1: %2&apos;s drawing, %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::MusicCommand</name>
    <message>
        <source>Render melodies to WAV, export MIDI, print rhythms, check the sound.</source>
        <translation>Render melodies to WAV, export MIDI, print rhythms, check the sound.</translation>
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
        <translation>rhythm K N        the Euclidean rhythm E(K,N) as x and .</translation>
    </message>
    <message>
        <source>rhythms           the named traditional rhythms and their E(k,n)</source>
        <translation>rhythms           the named traditional rhythms and their E(k,n)</translation>
    </message>
    <message>
        <source>diagnostics       SoundFont, sound devices and the latency the device grants</source>
        <translation>diagnostics       SoundFont, sound devices and the latency the device grants</translation>
    </message>
    <message>
        <source>Notes, each one beat long: &quot;C4 E4 G4&quot;.</source>
        <translation>Notes, each one beat long: &quot;C4 E4 G4&quot;.</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>Beats a minute (default 120).</source>
        <translation>Beats a minute (default 120).</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>One of: %1 (default xylophone).</source>
        <translation>One of: %1 (default xylophone).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SoundFont file (default: the system&apos;s).</source>
        <translation>SoundFont file (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The tempo must be a number from 20 to 400 beats a minute.</source>
        <translation>The tempo must be a number from 20 to 400 beats a minute.</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unknown instrument &quot;%1&quot;; choose one of: %2.</translation>
    </message>
    <message>
        <source>Render what this exercise plays.</source>
        <translation>Render what this exercise plays.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The WAV file to write.</source>
        <translation>The WAV file to write.</translation>
    </message>
    <message>
        <source>Renders notes or an exercise&apos;s sound to a WAV file, with the same engine as the app and no sound device.</source>
        <translation>Renders notes or an exercise&apos;s sound to a WAV file, with the same engine as the app and no sound device.</translation>
    </message>
    <message>
        <source>--wav FILE is required.</source>
        <translation>--wav FILE is required.</translation>
    </message>
    <message>
        <source>Give either --notes or --exercise.</source>
        <translation>Give either --notes or --exercise.</translation>
    </message>
    <message>
        <source>A saved melody (artifact id).</source>
        <translation>A saved melody (artifact id).</translation>
    </message>
    <message>
        <source>The MIDI file to write.</source>
        <translation>The MIDI file to write.</translation>
    </message>
    <message>
        <source>Exports notes or a pupil&apos;s saved melody as a Standard MIDI File.</source>
        <translation>Exports notes or a pupil&apos;s saved melody as a Standard MIDI File.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>Give either --notes or --artifact.</source>
        <translation>Give either --notes or --artifact.</translation>
    </message>
    <message>
        <source>The saved work %1 (%2) is not a melody.</source>
        <translation>The saved work %1 (%2) is not a melody.</translation>
    </message>
    <message>
        <source>Onsets.</source>
        <translation>Onsets.</translation>
    </message>
    <message>
        <source>Steps.</source>
        <translation>Steps.</translation>
    </message>
    <message>
        <source>Prints the Euclidean rhythm E(K,N) (Bjorklund&apos;s algorithm).</source>
        <translation>Prints the Euclidean rhythm E(K,N) (Bjorklund&apos;s algorithm).</translation>
    </message>
    <message>
        <source>K and N must be whole numbers.</source>
        <translation>K and N must be whole numbers.</translation>
    </message>
    <message>
        <source>Lists the named traditional rhythms that are Euclidean.</source>
        <translation>Lists the named traditional rhythms that are Euclidean.</translation>
    </message>
    <message>
        <source>SoundFont file to check.</source>
        <translation>SoundFont file to check.</translation>
    </message>
    <message>
        <source>Buffer to ask the device for (default 10).</source>
        <translation>Buffer to ask the device for (default 10).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Also play a short arpeggio on the device.</source>
        <translation>Also play a short arpeggio on the device.</translation>
    </message>
    <message>
        <source>Checks the SoundFont and the sound device and reports the latency the device grants.</source>
        <translation>Checks the SoundFont and the sound device and reports the latency the device grants.</translation>
    </message>
    <message>
        <source>SoundFont: not available. %1</source>
        <translation>SoundFont: not available. %1</translation>
    </message>
    <message>
        <source>SoundFont: %1</source>
        <translation>SoundFont: %1</translation>
    </message>
    <message>
        <source>Sound outputs: %1</source>
        <translation>Sound outputs: %1</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>Live sound: not available. %1</source>
        <translation>Live sound: not available. %1</translation>
    </message>
    <message>
        <source>Live sound: %1, asked for %2 ms, the device granted %3 ms.</source>
        <translation>Live sound: %1, asked for %2 ms, the device granted %3 ms.</translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;; &quot;stagesctl exercises list --domain music&quot; shows the music ones.</source>
        <translation>There is no exercise &quot;%1&quot;; &quot;stagesctl exercises list --domain music&quot; shows the music ones.</translation>
    </message>
    <message>
        <source>The saved work %1 is not music (it uses &quot;%2&quot;).</source>
        <translation>The saved work %1 is not music (it uses &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The saved work %1 has no notes.</source>
        <translation>The saved work %1 has no notes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n note(s), %2 s at %3 Hz (%4, %5 BPM).</source>
        <extracomment>%n notes, %2 seconds (a decimal number), %3 sample rate, %4 instrument, %5 tempo</extracomment>
        <translation>
            <numerusform>Wrote %1: %n note, %2 s at %3 Hz (%4, %5 BPM).</numerusform>
            <numerusform>Wrote %1: %n notes, %2 s at %3 Hz (%4, %5 BPM).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n note(s) at %2 BPM.</source>
        <translation>
            <numerusform>Wrote %1: %n note at %2 BPM.</numerusform>
            <numerusform>Wrote %1: %n notes at %2 BPM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved work %1: %2</source>
        <extracomment>%1 an artifact id, %2 why it cannot be read (&quot;This work is no longer there.&quot;)</extracomment>
        <translation>Saved work %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::cli::ProgrammeCommand</name>
    <message>
        <source>The training programmes for educators and what they require.</source>
        <translation>The training programmes for educators and what they require.</translation>
    </message>
    <message>
        <source>list [--json]                every programme</source>
        <translation>list [--json]                every programme</translation>
    </message>
    <message>
        <source>show NAME [--json]           one programme&apos;s requirements with kind and amount</source>
        <translation>show NAME [--json]           one programme&apos;s requirements with kind and amount</translation>
    </message>
    <message>
        <source>%1: %2 hours</source>
        <extracomment>%1 the requirement&apos;s title, %2 a number of hours</extracomment>
        <translation>%1: %2 hours</translation>
    </message>
    <message>
        <source>%1: %2 weeks</source>
        <translation>%1: %2 weeks</translation>
    </message>
    <message>
        <source>%1: %2 lessons, average at least %3 (rubric: %4)</source>
        <extracomment>%1 the requirement&apos;s title, %2 how many lessons, %3 the average score (1 to 4) they need</extracomment>
        <translation>%1: %2 lessons, average at least %3 (rubric: %4)</translation>
    </message>
    <message>
        <source>%1: %2 items</source>
        <translation>%1: %2 items</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Lists the training programmes.</source>
        <translation>Lists the training programmes.</translation>
    </message>
    <message>
        <source>level %1</source>
        <extracomment>one programme per line: id, name, level, validity</extracomment>
        <translation>level %1</translation>
    </message>
    <message numerus="yes">
        <source>valid %n year(s)</source>
        <translation>
            <numerusform>valid %n year</numerusform>
            <numerusform>valid %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>never expires</translation>
    </message>
    <message>
        <source>The programme&apos;s id or name, e.g. stages-teacher.</source>
        <translation>The programme&apos;s id or name, e.g. stages-teacher.</translation>
    </message>
    <message>
        <source>Shows what a programme requires.</source>
        <translation>Shows what a programme requires.</translation>
    </message>
    <message>
        <source>%1 (%2), level %3</source>
        <extracomment>%1 the programme&apos;s name, %2 its id, %3 its level</extracomment>
        <translation>%1 (%2), level %3</translation>
    </message>
    <message>
        <source>Needs a valid certificate of %1.</source>
        <translation>Needs a valid certificate of %1.</translation>
    </message>
    <message>
        <source>save FILE --as ADMIN         an administrator&apos;s edit, in the JSON that show prints</source>
        <translation>save FILE --as ADMIN         an administrator&apos;s edit, in the JSON that show prints</translation>
    </message>
    <message>
        <source>The programme as JSON, as `programme show NAME --json` prints it.</source>
        <translation>The programme as JSON, as `programme show NAME --json` prints it.</translation>
    </message>
    <message>
        <source>Saves an administrator&apos;s edit of a training programme.</source>
        <translation>Saves an administrator&apos;s edit of a training programme.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at byte %3.</source>
        <extracomment>%1 the file, %2 the parser&apos;s message, %3 the byte where it stopped</extracomment>
        <translation>%1 is not a JSON object: %2 at byte %3.</translation>
    </message>
</context>
<context>
    <name>stages::cli::PupilCommand</name>
    <message>
        <source>export --pupil ID --out FILE.json [--pdf FILE.pdf]   everything stored about the pupil</source>
        <translation>export --pupil ID --out FILE.json [--pdf FILE.pdf]   everything stored about the pupil</translation>
    </message>
    <message>
        <source>erase --pupil ID --yes   delete the pupil and all their data for good</source>
        <translation>erase --pupil ID --yes   delete the pupil and all their data for good</translation>
    </message>
    <message>
        <source>The pupil&apos;s id (&quot;stagesctl user list&quot; shows it).</source>
        <translation>The pupil&apos;s id (&quot;stagesctl user list&quot; shows it).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>The JSON file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also write a readable summary as PDF.</source>
        <translation>Also write a readable summary as PDF.</translation>
    </message>
    <message>
        <source>Writes everything Stages stores about one pupil into one JSON file (and, with --pdf, a summary for parents). Picture passwords are not exported.</source>
        <translation>Writes everything Stages stores about one pupil into one JSON file (and, with --pdf, a summary for parents). Picture passwords are not exported.</translation>
    </message>
    <message>
        <source>--pupil and --out are required.</source>
        <translation>--pupil and --out are required.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphics libraries, which could not be started.</source>
        <translation>Writing a PDF needs the graphics libraries, which could not be started.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Confirm: the data cannot be brought back.</source>
        <translation>Confirm: the data cannot be brought back.</translation>
    </message>
    <message>
        <source>Deletes the pupil with every answer, level, piece of work and comment. The audit log keeps only that an erase happened, when and by whom.</source>
        <translation>Deletes the pupil with every answer, level, piece of work and comment. The audit log keeps only that an erase happened, when and by whom.</translation>
    </message>
    <message>
        <source>--pupil is required.</source>
        <translation>--pupil is required.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone; add --yes to confirm (export the data first if the parents want a copy).</source>
        <translation>Erasing cannot be undone; add --yes to confirm (export the data first if the parents want a copy).</translation>
    </message>
    <message>
        <source>Erased the pupil %1 and all their data.</source>
        <translation>Erased the pupil %1 and all their data.</translation>
    </message>
    <message>
        <source>Export or erase everything stored about a pupil; print a class&apos;s sign-in cards.</source>
        <translation>Export or erase everything stored about a pupil; print a class&apos;s sign-in cards.</translation>
    </message>
    <message>
        <source>cards --class NAME --out FILE.pdf --new-pictures   new picture passwords for a class, as printable cards</source>
        <translation>cards --class NAME --out FILE.pdf --new-pictures   new picture passwords for a class, as printable cards</translation>
    </message>
    <message>
        <source>The class&apos;s name.</source>
        <translation>The class&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Confirm: every pupil of the class gets new pictures.</source>
        <translation>Confirm: every pupil of the class gets new pictures.</translation>
    </message>
    <message>
        <source>Gives every pupil of a class a new picture password and writes their sign-in cards (avatar, name, class and the three pictures in order) as an A4 PDF.</source>
        <translation>Gives every pupil of a class a new picture password and writes their sign-in cards (avatar, name, class and the three pictures in order) as an A4 PDF.</translation>
    </message>
    <message>
        <source>--class and --out are required.</source>
        <translation>--class and --out are required.</translation>
    </message>
    <message>
        <source>Picture passwords are stored only as hashes, so the old pictures cannot be printed. Add --new-pictures to give every pupil of the class new pictures and print those; their old pictures stop working.</source>
        <translation>Picture passwords are stored only as hashes, so the old pictures cannot be printed. Add --new-pictures to give every pupil of the class new pictures and print those; their old pictures stop working.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>There is no class called &quot;%1&quot;.</source>
        <translation>There is no class called &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) of %1 have new pictures, but the cards could not be written: %2 Run this again to make new ones.</source>
        <translation>
            <numerusform>The %n pupil of %1 have new pictures, but the cards could not be written: %2 Run this again to make new ones.</numerusform>
            <numerusform>The %n pupils of %1 have new pictures, but the cards could not be written: %2 Run this again to make new ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pupil(s) of %1 have new pictures; their cards are in %2.</source>
        <translation>
            <numerusform>The %n pupil of %1 have new pictures; their cards are in %2.</numerusform>
            <numerusform>The %n pupils of %1 have new pictures; their cards are in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::SchoolCommand</name>
    <message>
        <source>Set up the school (what the first-run wizard does).</source>
        <translation>Set up the school (what the first-run wizard does).</translation>
    </message>
    <message>
        <source>init --name NAME --admin-name NAME --admin-login LOGIN --password-stdin   the school and its first administrator</source>
        <translation>init --name NAME --admin-name NAME --admin-login LOGIN --password-stdin   the school and its first administrator</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>The school&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The administrator&apos;s display name.</source>
        <translation>The administrator&apos;s display name.</translation>
    </message>
    <message>
        <source>The administrator&apos;s login.</source>
        <translation>The administrator&apos;s login.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from standard input.</source>
        <translation>Read the administrator&apos;s password from standard input.</translation>
    </message>
    <message>
        <source>Creates the school and its first administrator in one step, as the setup wizard does. Refuses a database that already holds a school.</source>
        <translation>Creates the school and its first administrator in one step, as the setup wizard does. Refuses a database that already holds a school.</translation>
    </message>
    <message>
        <source>--name, --admin-name and --admin-login are required.</source>
        <translation>--name, --admin-name and --admin-login are required.</translation>
    </message>
    <message>
        <source>The administrator needs a password: pass --password-stdin and type it on standard input.</source>
        <translation>The administrator needs a password: pass --password-stdin and type it on standard input.</translation>
    </message>
    <message>
        <source>Set up the school %1 with the administrator %2 (login %3).</source>
        <extracomment>%1 school name, %2 administrator&apos;s name, %3 login</extracomment>
        <translation>Set up the school %1 with the administrator %2 (login %3).</translation>
    </message>
    <message>
        <source>The school is set up, but its signing key could not be made (it is made at the administrator&apos;s next sign-in): %1</source>
        <translation>The school is set up, but its signing key could not be made (it is made at the administrator&apos;s next sign-in): %1</translation>
    </message>
</context>
<context>
    <name>stages::cli::ServerLogin</name>
    <message>
        <source>The school server %1 asks for a password, and there is no terminal to type it in. Set PGPASSWORD, or add a line HOST:PORT:DATABASE:USER:PASSWORD to ~/.pgpass (readable only by you), or store the password on this PC on the app&apos;s &quot;School server&quot; page (administrators).</source>
        <translation>The school server %1 asks for a password, and there is no terminal to type it in. Set PGPASSWORD, or add a line HOST:PORT:DATABASE:USER:PASSWORD to ~/.pgpass (readable only by you), or store the password on this PC on the app&apos;s &quot;School server&quot; page (administrators).</translation>
    </message>
    <message>
        <source>Password for the school server %1: </source>
        <extracomment>prompt on the terminal; the typing is not shown. %1 is the server&apos;s address</extracomment>
        <translation>Password for the school server %1: </translation>
    </message>
    <message>
        <source>No password was typed; nothing was done.</source>
        <translation>No password was typed; nothing was done.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password typed.</source>
        <translation>The school server %1 refused the password typed.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password in PGPASSWORD.</source>
        <translation>The school server %1 refused the password in PGPASSWORD.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password stored on this PC. An administrator stores the new one on the app&apos;s &quot;School server&quot; page, or set PGPASSWORD.</source>
        <translation>The school server %1 refused the password stored on this PC. An administrator stores the new one on the app&apos;s &quot;School server&quot; page, or set PGPASSWORD.</translation>
    </message>
    <message>
        <source>The school server %1 refused the password in ~/.pgpass.</source>
        <translation>The school server %1 refused the password in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>stages::cli::SyncCommand</name>
    <message>
        <source>This PC&apos;s outbox and the school server.</source>
        <translation>This PC&apos;s outbox and the school server.</translation>
    </message>
    <message>
        <source>status [--json]   changes waiting, last push and pull, whether the server answers</source>
        <translation>status [--json]   changes waiting, last push and pull, whether the server answers</translation>
    </message>
    <message>
        <source>push              send every waiting change now (exit 0 when none is left)</source>
        <translation>push              send every waiting change now (exit 0 when none is left)</translation>
    </message>
    <message>
        <source>pull              bring what other PCs saved into this PC&apos;s cache</source>
        <translation>pull              bring what other PCs saved into this PC&apos;s cache</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>--db must be a school server (postgresql://USER@HOST:PORT/DBNAME): a local database has nothing to send.</source>
        <translation>--db must be a school server (postgresql://USER@HOST:PORT/DBNAME): a local database has nothing to send.</translation>
    </message>
    <message>
        <source>%1 changes are still waiting: %2</source>
        <translation>%1 changes are still waiting: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s); nothing is waiting.</source>
        <translation>
            <numerusform>Sent %n change; nothing is waiting.</numerusform>
            <numerusform>Sent %n changes; nothing is waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n row(s).</source>
        <translation>
            <numerusform>Received %n row.</numerusform>
            <numerusform>Received %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Server: %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>does not answer: %1</source>
        <translation>does not answer: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Last sent: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Last received: %1</translation>
    </message>
    <message>
        <source>export --out FILE [--forget]   write this PC&apos;s waiting changes into a bundle for a USB stick</source>
        <translation>export --out FILE [--forget]   write this PC&apos;s waiting changes into a bundle for a USB stick</translation>
    </message>
    <message>
        <source>import FILE       apply a bundle to the school server (--db); twice changes nothing</source>
        <translation>import FILE       apply a bundle to the school server (--db); twice changes nothing</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>The bundle file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take the exported changes out of this PC&apos;s queue. Without it they stay queued, and a later push sends them again, which changes nothing.</source>
        <translation>Take the exported changes out of this PC&apos;s queue. Without it they stay queued, and a later push sends them again, which changes nothing.</translation>
    </message>
    <message>
        <source>Writes the changes waiting on this PC (--local-cache) into one file, for a PC without network: carry it to the school server and run &quot;stagesctl --db URL sync import FILE&quot; there.</source>
        <translation>Writes the changes waiting on this PC (--local-cache) into one file, for a PC without network: carry it to the school server and run &quot;stagesctl --db URL sync import FILE&quot; there.</translation>
    </message>
    <message>
        <source>--out FILE is needed: where to write the bundle.</source>
        <translation>--out FILE is needed: where to write the bundle.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The bundle is written, but its changes are still queued: %1</source>
        <translation>The bundle is written, but its changes are still queued: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1; they left this PC&apos;s queue.</source>
        <extracomment>%n changes, %1 the file</extracomment>
        <translation>
            <numerusform>Wrote %n change to %1; it left this PC&apos;s queue.</numerusform>
            <numerusform>Wrote %n changes to %1; they left this PC&apos;s queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1. They stay queued here: a later push sends them again, which changes nothing.</source>
        <extracomment>%n changes, %1 the file</extracomment>
        <translation>
            <numerusform>Wrote %n change to %1. It stays queued here: a later push sends it again, which changes nothing.</numerusform>
            <numerusform>Wrote %n changes to %1. They stay queued here: a later push sends them again, which changes nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle written by &quot;sync export&quot;.</source>
        <translation>A bundle written by &quot;sync export&quot;.</translation>
    </message>
    <message>
        <source>Applies a bundle from a PC without network to the school server (--db), in one transaction: all of it or nothing. Importing it again changes nothing.</source>
        <translation>Applies a bundle from a PC without network to the school server (--db), in one transaction: all of it or nothing. Importing it again changes nothing.</translation>
    </message>
    <message>
        <source>--db must be the school server (postgresql://USER@HOST:PORT/DBNAME) that the bundle goes to.</source>
        <translation>--db must be the school server (postgresql://USER@HOST:PORT/DBNAME) that the bundle goes to.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 row(s) written, %3 deletion(s), %4 row(s) of erased pupils left out.</source>
        <extracomment>Summary of &quot;sync import&quot;: %1 rows written, %2 deletions, %3 rows of erased pupils left out</extracomment>
        <translation>Imported %1: %2 row(s) written, %3 deletion(s), %4 row(s) of erased pupils left out.</translation>
    </message>
    <message>
        <source>Changed after a clash with another PC (%1): %2</source>
        <extracomment>A line of &quot;sync status&quot;: %1 when, %2 what was renamed after two PCs clashed</extracomment>
        <translation>Changed after a clash with another PC (%1): %2</translation>
    </message>
    <message>
        <source>Changed after a clash with another PC: %1</source>
        <extracomment>A line of &quot;sync import&quot; for a row kept under another name after a clash: %1 what happened</extracomment>
        <translation>Changed after a clash with another PC: %1</translation>
    </message>
    <message>
        <source>Only rows with a sync number above N (default: everything).</source>
        <translation>Only rows with a sync number above N (default: everything).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Writes the school server&apos;s shared rows and deletions (--db) into one file, for a PC without network: run &quot;stagesctl --local-cache PATH sync import FILE&quot; there.</source>
        <translation>Writes the school server&apos;s shared rows and deletions (--db) into one file, for a PC without network: run &quot;stagesctl --local-cache PATH sync import FILE&quot; there.</translation>
    </message>
    <message>
        <source>--since needs a whole number of 0 or more.</source>
        <translation>--since needs a whole number of 0 or more.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) and deletion(s) of the server to %1 (up to sync number %2).</source>
        <extracomment>%n rows and deletions, %1 the file, %2 the highest sync number in it</extracomment>
        <translation>
            <numerusform>Wrote %n row or deletion of the server to %1 (up to sync number %2).</numerusform>
            <numerusform>Wrote %n rows and deletions of the server to %1 (up to sync number %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the cache of a school server: set the PC up for the server first.</source>
        <translation>%1 is not the cache of a school server: set the PC up for the server first.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n row(s) from the school server.</source>
        <translation>
            <numerusform>Imported %1: %n row from the school server.</numerusform>
            <numerusform>Imported %1: %n rows from the school server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::cli::TrainingCli</name>
    <message>
        <source>Act as this trainer or administrator; their password is read from standard input.</source>
        <translation>Act as this trainer or administrator; their password is read from standard input.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <extracomment>prompt on the terminal; the typing is not shown</extracomment>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--as LOGIN is required: this is done by a trainer or administrator, who types their password on standard input.</source>
        <translation>--as LOGIN is required: this is done by a trainer or administrator, who types their password on standard input.</translation>
    </message>
    <message>
        <source>There is no programme &quot;%1&quot;. Programmes: %2.</source>
        <translation>There is no programme &quot;%1&quot;. Programmes: %2.</translation>
    </message>
    <message>
        <source>--educator is required (&quot;stagesctl educator list&quot; shows the ids).</source>
        <translation>--educator is required (&quot;stagesctl educator list&quot; shows the ids).</translation>
    </message>
    <message>
        <source>There is no educator &quot;%1&quot; (&quot;stagesctl educator list&quot; shows them).</source>
        <translation>There is no educator &quot;%1&quot; (&quot;stagesctl educator list&quot; shows them).</translation>
    </message>
    <message numerus="yes">
        <source>%n educator(s) are called &quot;%1&quot;; give the id (&quot;stagesctl educator list&quot; shows it).</source>
        <translation>
            <numerusform>%n educator are called &quot;%1&quot;; give the id (&quot;stagesctl educator list&quot; shows it).</numerusform>
            <numerusform>%n educators are called &quot;%1&quot;; give the id (&quot;stagesctl educator list&quot; shows it).</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 takes a day as YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>stages::cli::UserCommand</name>
    <message>
        <source>Manage pupils, teachers, trainers and administrators.</source>
        <translation>Manage pupils, teachers, trainers and administrators.</translation>
    </message>
    <message>
        <source>list [--role ROLE] [--json]</source>
        <translation>list [--role ROLE] [--json]</translation>
    </message>
    <message>
        <source>pupil, teacher, trainer or admin.</source>
        <translation>pupil, teacher, trainer or admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The pupil&apos;s class.</source>
        <translation>The pupil&apos;s class.</translation>
    </message>
    <message>
        <source>Staff login (default: made from the name).</source>
        <translation>Staff login (default: made from the name).</translation>
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
        <translation>Pupil&apos;s picture password: three different pictures 0-8 in order.</translation>
    </message>
    <message>
        <source>A,B,C</source>
        <translation>A,B,C</translation>
    </message>
    <message>
        <source>Read the staff password from standard input.</source>
        <translation>Read the staff password from standard input.</translation>
    </message>
    <message>
        <source>Adds a person to the school.</source>
        <translation>Adds a person to the school.</translation>
    </message>
    <message>
        <source>--role must be pupil, teacher, trainer or admin.</source>
        <translation>--role must be pupil, teacher, trainer or admin.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>Staff need a password: pass --password-stdin and type it on standard input.</source>
        <translation>Staff need a password: pass --password-stdin and type it on standard input.</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>Only this role.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Lists the people of the school.</source>
        <translation>Lists the people of the school.</translation>
    </message>
    <message>
        <source>Added %2 (%1) with login %3 (%4).</source>
        <translation>Added %2 (%1) with login %3 (%4).</translation>
    </message>
    <message>
        <source>add --role ROLE --name NAME [--class NAME] [--login L] [--password-stdin] [--pictures 1,5,7] [--avatar N]</source>
        <translation>add --role ROLE --name NAME [--class NAME] [--login L] [--password-stdin] [--pictures 1,5,7] [--avatar N]</translation>
    </message>
    <message>
        <source>set-avatar --id ID --avatar N</source>
        <translation>set-avatar --id ID --avatar N</translation>
    </message>
    <message>
        <source>Pupil&apos;s avatar picture, 0-%1 (default: one nobody in the class has yet).</source>
        <translation>Pupil&apos;s avatar picture, 0-%1 (default: one nobody in the class has yet).</translation>
    </message>
    <message>
        <source>--avatar takes a whole number.</source>
        <translation>--avatar takes a whole number.</translation>
    </message>
    <message>
        <source>Added pupil %1 to %2 (%3), picture password %4, avatar %5.</source>
        <extracomment>%4 is the picture password in words, e.g. &quot;Sun, Fish, Tree&quot;; %5 the avatar&apos;s number</extracomment>
        <translation>Added pupil %1 to %2 (%3), picture password %4, avatar %5.</translation>
    </message>
    <message>
        <source>The pupil&apos;s id (see user list).</source>
        <translation>The pupil&apos;s id (see user list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The avatar picture, 0-%1.</source>
        <translation>The avatar picture, 0-%1.</translation>
    </message>
    <message>
        <source>Gives a pupil another avatar.</source>
        <translation>Gives a pupil another avatar.</translation>
    </message>
    <message>
        <source>--id and --avatar (a whole number) are required.</source>
        <translation>--id and --avatar (a whole number) are required.</translation>
    </message>
    <message>
        <source>Avatar %1 given to %2.</source>
        <translation>Avatar %1 given to %2.</translation>
    </message>
    <message>
        <source>--pictures takes three different picture numbers from 0 to %1 separated by commas, e.g. 1,5,7; &quot;%2&quot; is not a number.</source>
        <translation>--pictures takes three different picture numbers from 0 to %1 separated by commas, e.g. 1,5,7; &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>passwd LOGIN</source>
        <translation>passwd LOGIN</translation>
    </message>
    <message>
        <source>The staff member&apos;s login.</source>
        <translation>The staff member&apos;s login.</translation>
    </message>
    <message>
        <source>Changes a staff member&apos;s password: reads the current password, then the new one, one per line from standard input. Their copy of the signing key follows.</source>
        <translation>Changes a staff member&apos;s password: reads the current password, then the new one, one per line from standard input. Their copy of the signing key follows.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::BarShapeView</name>
    <message>
        <source>The bar made of pieces</source>
        <extracomment>The picture beside a row of pieces: the bar those pieces make, laid end to end</extracomment>
        <translation>The bar made of pieces</translation>
    </message>
</context>
<context>
    <name>stages::geometry::ChordsShapeView</name>
    <message>
        <source>The triangle between the points</source>
        <extracomment>The picture beside a row of three points: the triangle they make</extracomment>
        <translation>The triangle between the points</translation>
    </message>
    <message>
        <source>The line between the points</source>
        <translation>The line between the points</translation>
    </message>
</context>
<context>
    <name>stages::geometry::ColouringShapeView</name>
    <message>
        <source>The coloured wheel</source>
        <extracomment>The picture beside a ring of colours: a wheel whose parts take those colours</extracomment>
        <translation>The coloured wheel</translation>
    </message>
    <message>
        <source>The coloured flower</source>
        <extracomment>The picture beside a ring of colours: a flower whose petals take those colours</extracomment>
        <translation>The coloured flower</translation>
    </message>
    <message>
        <source>The polygon with coloured sides</source>
        <extracomment>The picture beside a ring of colours: a polygon whose sides take those colours</extracomment>
        <translation>The polygon with coloured sides</translation>
    </message>
</context>
<context>
    <name>stages::geometry::CreateDrawingScreen</name>
    <message>
        <source>Draw a line</source>
        <translation>Draw a line</translation>
    </message>
    <message>
        <source>Fill</source>
        <extracomment>Drawing tool: colour the inside of a shape</extracomment>
        <translation>Fill</translation>
    </message>
    <message>
        <source>Rub out</source>
        <translation>Rub out</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Drawing tool: join two points with a line</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <source>Triangle</source>
        <extracomment>Drawing tool: stamp a triangle through the tapped point</extracomment>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Square</source>
        <extracomment>Drawing tool: stamp a square through the tapped point</extracomment>
        <translation>Square</translation>
    </message>
    <message>
        <source>Star</source>
        <extracomment>Drawing tool: stamp a star through all the points</extracomment>
        <translation>Star</translation>
    </message>
    <message>
        <source>Rubber</source>
        <extracomment>Drawing tool: rub a line out</extracomment>
        <translation>Rubber</translation>
    </message>
    <message>
        <source>Blue</source>
        <extracomment>Colour names of the drawing palette (for screen readers and tooltips)</extracomment>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>No mirror</source>
        <extracomment>Symmetry choice in the drawing: lines are not repeated</extracomment>
        <translation>No mirror</translation>
    </message>
    <message>
        <source>Mirror</source>
        <extracomment>Symmetry choice: each line is repeated in the mirror line</extracomment>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Turn</source>
        <extracomment>Symmetry choice: each line is repeated turning round the centre</extracomment>
        <translation>Turn</translation>
    </message>
    <message numerus="yes">
        <source>Make your own picture with at least %n line(s).</source>
        <extracomment>Create-drawing task; %n is how many lines the picture needs at least</extracomment>
        <translation>
            <numerusform>Make your own picture with at least %n line.</numerusform>
            <numerusform>Make your own picture with at least %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mirror copies every line.</source>
        <extracomment>Appended to the create-drawing instruction when a mirror line is set</extracomment>
        <translation>The mirror copies every line.</translation>
    </message>
    <message>
        <source>Every line turns round the middle.</source>
        <translation>Every line turns round the middle.</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Lines: %1 / %2</source>
        <extracomment>How many lines the picture has, and how many it needs</extracomment>
        <translation>Lines: %1 / %2</translation>
    </message>
    <message>
        <source>My drawing, %1</source>
        <extracomment>Title of a pupil&apos;s drawing kept for the teacher; %1 is the date</extracomment>
        <translation>My drawing, %1</translation>
    </message>
    <message>
        <source>What a picture! Your teacher can see it now.</source>
        <extracomment>Create-drawing result</extracomment>
        <translation>What a picture! Your teacher can see it now.</translation>
    </message>
    <message>
        <source>The red lines have no partner on the other side.</source>
        <extracomment>Create-drawing result: the red lines have no mirror (or turned) partner</extracomment>
        <translation>The red lines have no partner on the other side.</translation>
    </message>
    <message numerus="yes">
        <source>Your picture has %n line(s).</source>
        <translation>
            <numerusform>Your picture has %n line.</numerusform>
            <numerusform>Your picture has %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next time draw at least %n.</source>
        <translation>
            <numerusform>Next time draw at least %n.</numerusform>
            <numerusform>Next time draw at least %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stages::geometry::DrawScreen</name>
    <message>
        <source>Start again</source>
        <extracomment>Removes every line drawn, to begin again</extracomment>
        <translation>Start again</translation>
    </message>
    <message numerus="yes">
        <source>Join every point to the point %n step(s) further round.</source>
        <extracomment>Draw task: a star polygon; %n is how many points further on each line goes</extracomment>
        <translation>
            <numerusform>Join every point to the point %n step further round.</numerusform>
            <numerusform>Join every point to the point %n steps further round.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw every line between two points that are not next to each other.</source>
        <extracomment>Draw task: every diagonal of the shape made by the points</extracomment>
        <translation>Draw every line between two points that are not next to each other.</translation>
    </message>
    <message>
        <source>Make every triangle: tap its three corners.</source>
        <extracomment>Draw task: every triangle; the pupil taps three points for each</extracomment>
        <translation>Make every triangle: tap its three corners.</translation>
    </message>
    <message numerus="yes">
        <source>Draw every line between the %n points.</source>
        <extracomment>Draw task: every line between %n points</extracomment>
        <translation>
            <numerusform>Draw every line between the %n points.</numerusform>
            <numerusform>Draw every line between the %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>That triangle is already there.</source>
        <translation>That triangle is already there.</translation>
    </message>
    <message>
        <source>That line is already there.</source>
        <translation>That line is already there.</translation>
    </message>
    <message>
        <source>Triangles: %1</source>
        <extracomment>How many lines (triangles) the pupil has drawn so far</extracomment>
        <translation>Triangles: %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Lines: %1</translation>
    </message>
    <message>
        <source>You made %1 of %2 triangles.</source>
        <extracomment>Result of a draw task: %1 lines right out of %2 in the figure</extracomment>
        <translation>You made %1 of %2 triangles.</translation>
    </message>
    <message>
        <source>You drew %1 of %2 lines.</source>
        <translation>You drew %1 of %2 lines.</translation>
    </message>
    <message>
        <source>The red crossed lines do not belong.</source>
        <extracomment>Result of a draw task: the red crossed lines were wrong</extracomment>
        <translation>The red crossed lines do not belong.</translation>
    </message>
    <message>
        <source>The dotted blue ones were missing.</source>
        <extracomment>Result of a draw task: the dotted blue lines were missing</extracomment>
        <translation>The dotted blue ones were missing.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::Drawing</name>
    <message>
        <source>A drawing needs &quot;points&quot;: a whole number from %1 to %2.</source>
        <extracomment>&quot;points&quot;: how many points the drawing has on its circle</extracomment>
        <translation>A drawing needs &quot;points&quot;: a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>Unknown symmetry &quot;%1&quot;: it must be none, mirror or rotation.</source>
        <extracomment>%1 what the file says; none, mirror and rotation are JSON keys, not to translate</extracomment>
        <translation>Unknown symmetry &quot;%1&quot;: it must be none, mirror or rotation.</translation>
    </message>
    <message>
        <source>&quot;turns&quot; must be a whole number from 2 to %1 that divides %1.</source>
        <translation>&quot;turns&quot; must be a whole number from 2 to %1 that divides %1.</translation>
    </message>
    <message>
        <source>A colour must be written #RRGGBB (&quot;%1&quot;).</source>
        <translation>A colour must be written #RRGGBB (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Stroke %1 must join two different points from 0 to %2.</source>
        <extracomment>%1 the number of a stroke (1, 2, ...), %2 the highest point number</extracomment>
        <translation>Stroke %1 must join two different points from 0 to %2.</translation>
    </message>
    <message>
        <source>Shape %1 must have two or more different corners from 0 to %2.</source>
        <extracomment>%1 the number of a shape (1, 2, ...), %2 the highest point number</extracomment>
        <translation>Shape %1 must have two or more different corners from 0 to %2.</translation>
    </message>
    <message>
        <source>&quot;segments&quot; must be a list of lines [a, b].</source>
        <translation>&quot;segments&quot; must be a list of lines [a, b].</translation>
    </message>
    <message>
        <source>Line %1 must join two different points from 0 to %2.</source>
        <extracomment>%1 the number of a line (1, 2, ...), %2 the highest point number</extracomment>
        <translation>Line %1 must join two different points from 0 to %2.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::DrawingArtifactView</name>
    <message>
        <source>The pupil&apos;s drawing</source>
        <extracomment>Accessible name of a pupil&apos;s saved drawing shown to the teacher</extracomment>
        <translation>The pupil&apos;s drawing</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <extracomment>Button: write the pupil&apos;s drawing to an SVG picture file</extracomment>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Save the drawing</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>SVG pictures (*.svg)</translation>
    </message>
    <message>
        <source>The drawing could not be saved to %1.</source>
        <translation>The drawing could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::GeometryParams</name>
    <message>
        <source>Parameter &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Parameter &quot;%1&quot; must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; must be one of: %2.</source>
        <translation>Parameter &quot;%1&quot; must be one of: %2.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::GeometryProvider</name>
    <message>
        <source>Turning and flipping</source>
        <translation>Turning and flipping</translation>
    </message>
    <message>
        <source>Finds and counts the different colourings of a wheel, a flower or a polygon when turning (and flipping) it gives the same one.</source>
        <translation>Finds and counts the different colourings of a wheel, a flower or a polygon when turning (and flipping) it gives the same one.</translation>
    </message>
    <message>
        <source>Lines between points</source>
        <translation>Lines between points</translation>
    </message>
    <message>
        <source>Joins points on a circle in every way, predicts how many lines there are and lists them.</source>
        <translation>Joins points on a circle in every way, predicts how many lines there are and lists them.</translation>
    </message>
    <message>
        <source>Star polygons</source>
        <translation>Star polygons</translation>
    </message>
    <message>
        <source>Draws a star by joining every second or third point and predicts its shape.</source>
        <translation>Draws a star by joining every second or third point and predicts its shape.</translation>
    </message>
    <message>
        <source>How many figures?</source>
        <translation>How many figures?</translation>
    </message>
    <message>
        <source>Predicts how many separate figures a star splits into, and how many corners each has.</source>
        <translation>Predicts how many separate figures a star splits into, and how many corners each has.</translation>
    </message>
    <message>
        <source>Lines and triangles</source>
        <translation>Lines and triangles</translation>
    </message>
    <message>
        <source>Counts the diagonals and triangles of bigger figures without drawing them all.</source>
        <translation>Counts the diagonals and triangles of bigger figures without drawing them all.</translation>
    </message>
    <message>
        <source>Mirror pictures</source>
        <translation>Mirror pictures</translation>
    </message>
    <message>
        <source>Completes a picture on a grid from its half and finds its mirror lines.</source>
        <translation>Completes a picture on a grid from its half and finds its mirror lines.</translation>
    </message>
    <message>
        <source>Two mirrors and half turns</source>
        <translation>Two mirrors and half turns</translation>
    </message>
    <message>
        <source>Completes pictures with two mirror lines or a centre and counts symmetric pictures.</source>
        <translation>Completes pictures with two mirror lines or a centre and counts symmetric pictures.</translation>
    </message>
    <message>
        <source>Paths on a grid</source>
        <translation>Paths on a grid</translation>
    </message>
    <message>
        <source>Finds every path up and right across a grid and counts them.</source>
        <translation>Finds every path up and right across a grid and counts them.</translation>
    </message>
    <message>
        <source>Bars from pieces</source>
        <translation>Bars from pieces</translation>
    </message>
    <message>
        <source>Builds every bar of a length from pieces one, two and three long.</source>
        <translation>Builds every bar of a length from pieces one, two and three long.</translation>
    </message>
    <message>
        <source>My own pictures</source>
        <translation>My own pictures</translation>
    </message>
    <message>
        <source>Draws a picture of their own between points on a circle, with a mirror or turning symmetry.</source>
        <translation>Draws a picture of their own between points on a circle, with a mirror or turning symmetry.</translation>
    </message>
</context>
<context>
    <name>stages::geometry::GeometrySkins</name>
    <message>
        <source>point %1</source>
        <extracomment>One of the numbered points on a circle that a pupil joins with lines</extracomment>
        <translation>point %1</translation>
    </message>
    <message>
        <source>points on a circle</source>
        <translation>points on a circle</translation>
    </message>
    <message>
        <source>a coloured wheel</source>
        <translation>a coloured wheel</translation>
    </message>
    <message>
        <source>a coloured flower</source>
        <translation>a coloured flower</translation>
    </message>
    <message>
        <source>a polygon with coloured sides</source>
        <translation>a polygon with coloured sides</translation>
    </message>
    <message>
        <source>grid cells</source>
        <translation>grid cells</translation>
    </message>
    <message>
        <source>empty cell</source>
        <translation>empty cell</translation>
    </message>
    <message>
        <source>filled cell</source>
        <translation>filled cell</translation>
    </message>
    <message numerus="yes">
        <source>piece %n long</source>
        <translation>
            <numerusform>piece %n long</numerusform>
            <numerusform>piece %n long</numerusform>
        </translation>
    </message>
    <message>
        <source>pieces of a bar</source>
        <translation>pieces of a bar</translation>
    </message>
</context>
<context>
    <name>stages::geometry::PointsCanvas</name>
    <message>
        <source>Points on a circle</source>
        <extracomment>Accessible name of the drawing area with points on a circle</extracomment>
        <translation>Points on a circle</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a circle. Arrow keys move between them, Space joins them.</source>
        <extracomment>Accessible description of the drawing area; %1 is how many points</extracomment>
        <translation>
            <numerusform>%n point on a circle. Arrow keys move between them, Space joins them.</numerusform>
            <numerusform>%n points on a circle. Arrow keys move between them, Space joins them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point %1</source>
        <extracomment>A point on the circle for a screen reader; %1 is its number (as drawn)</extracomment>
        <translation>Point %1</translation>
    </message>
</context>
<context>
    <name>stages::geometry::PredictScreen</name>
    <message numerus="yes">
        <source>Join every point to the one %n step(s) further round. How many corners will each figure have?</source>
        <extracomment>Predict task, star polygon; %n is the step. The pupil answers with a number</extracomment>
        <translation>
            <numerusform>Join every point to the one %n step further round. How many corners will each figure have?</numerusform>
            <numerusform>Join every point to the one %n steps further round. How many corners will each figure have?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Join every point to the one %n step(s) further round. How many lines will you draw?</source>
        <translation>
            <numerusform>Join every point to the one %n step further round. How many lines will you draw?</numerusform>
            <numerusform>Join every point to the one %n steps further round. How many lines will you draw?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Join every point to the one %n step(s) further round. How many separate figures will you see?</source>
        <translation>
            <numerusform>Join every point to the one %n step further round. How many separate figures will you see?</numerusform>
            <numerusform>Join every point to the one %n steps further round. How many separate figures will you see?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many lines can join two of the %n points that are not next to each other?</source>
        <extracomment>Predict task; %n is the number of points</extracomment>
        <translation>
            <numerusform>How many lines can join two of the %n points that are not next to each other?</numerusform>
            <numerusform>How many lines can join two of the %n points that are not next to each other?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many different triangles can you make with corners on the %n points?</source>
        <translation>
            <numerusform>How many different triangles can you make with corners on the %n points?</numerusform>
            <numerusform>How many different triangles can you make with corners on the %n points?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many different lines can join two of the %n points?</source>
        <translation>
            <numerusform>How many different lines can join two of the %n points?</numerusform>
            <numerusform>How many different lines can join two of the %n points?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n corner(s) in each figure.</source>
        <extracomment>Counted things in a predict result (&quot;There are 3 separate figures.&quot;)</extracomment>
        <translation>
            <numerusform>There are %n corner in each figure.</numerusform>
            <numerusform>There are %n corners in each figure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n line(s).</source>
        <translation>
            <numerusform>There are %n line.</numerusform>
            <numerusform>There are %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n separate figure(s).</source>
        <translation>
            <numerusform>There are %n separate figure.</numerusform>
            <numerusform>There are %n separate figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n triangle(s).</source>
        <translation>
            <numerusform>There are %n triangle.</numerusform>
            <numerusform>There are %n triangles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %n such line(s).</source>
        <translation>
            <numerusform>There are %n such line.</numerusform>
            <numerusform>There are %n such lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, %1! %2</source>
        <extracomment>Predict result: the pupil&apos;s number was right; %1 is the number and the sentence after it</extracomment>
        <translation>Yes, %1! %2</translation>
    </message>
    <message>
        <source>You said %1. %2</source>
        <extracomment>Predict result: %1 is the pupil&apos;s number, %2 the right count sentence</extracomment>
        <translation>You said %1. %2</translation>
    </message>
</context>
<context>
    <name>stages::geometry::StarFigureShapeView</name>
    <message>
        <source>The figure on the points of the star</source>
        <extracomment>The picture beside a row of points: the figure of the star those points make</extracomment>
        <translation>The figure on the points of the star</translation>
    </message>
</context>
<context>
    <name>stages::geometry::SymmetryFigureShapeView</name>
    <message>
        <source>The picture on the grid</source>
        <extracomment>The picture beside a row of empty and filled cells: those cells as a figure on a grid</extracomment>
        <translation>The picture on the grid</translation>
    </message>
</context>
<context>
    <name>stages::geometry::SymmetryGridWidget</name>
    <message>
        <source>Picture grid</source>
        <extracomment>Accessible name of the grid of squares the pupil fills</extracomment>
        <translation>Picture grid</translation>
    </message>
    <message numerus="yes">
        <source>%n square(s) filled</source>
        <extracomment>Read by a screen reader: how many squares the pupil filled</extracomment>
        <translation>
            <numerusform>%n square filled</numerusform>
            <numerusform>%n squares filled</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>A square of the picture grid with no colour, for a screen reader</extracomment>
        <translation>empty</translation>
    </message>
    <message>
        <source>given</source>
        <extracomment>A square of the picture grid coloured from the start, for a screen reader</extracomment>
        <translation>given</translation>
    </message>
    <message>
        <source>filled</source>
        <extracomment>A square of the picture grid the pupil coloured, for a screen reader</extracomment>
        <translation>filled</translation>
    </message>
    <message>
        <source>filled, wrong</source>
        <extracomment>A square the pupil coloured that is not in the picture (result page)</extracomment>
        <translation>filled, wrong</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A square of the picture the pupil did not colour (result page)</extracomment>
        <translation>missing</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <extracomment>A square of the picture grid for a screen reader: %1 its row, %2 its column (from 1), %3 how it looks</extracomment>
        <translation>Row %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>stages::geometry::SymmetryScreen</name>
    <message>
        <source>Line from top to bottom</source>
        <extracomment>A line from top to bottom through the middle of the picture (accessible name)</extracomment>
        <translation>Line from top to bottom</translation>
    </message>
    <message>
        <source>Line from left to right</source>
        <extracomment>A line from left to right through the middle of the picture (accessible name)</extracomment>
        <translation>Line from left to right</translation>
    </message>
    <message>
        <source>Slanted line from top left</source>
        <extracomment>A slanted line from the top left corner to the bottom right corner (accessible name)</extracomment>
        <translation>Slanted line from top left</translation>
    </message>
    <message>
        <source>Slanted line from top right</source>
        <extracomment>A slanted line from the top right corner to the bottom left corner (accessible name)</extracomment>
        <translation>Slanted line from top right</translation>
    </message>
    <message>
        <source>Start again</source>
        <extracomment>Empties what the pupil did on the grid, to start the exercise again</extracomment>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Finish the picture: it looks the same when you turn it upside down</source>
        <extracomment>complete-symmetry with a centre: the picture must look the same when turned half way round</extracomment>
        <translation>Finish the picture: it looks the same when you turn it upside down</translation>
    </message>
    <message>
        <source>Finish the picture: make it match across both mirror lines</source>
        <extracomment>complete-symmetry with two mirror lines (the pink dashed lines)</extracomment>
        <translation>Finish the picture: make it match across both mirror lines</translation>
    </message>
    <message>
        <source>Finish the picture: make both halves match the mirror</source>
        <extracomment>complete-symmetry with one mirror line (the pink dashed line)</extracomment>
        <translation>Finish the picture: make both halves match the mirror</translation>
    </message>
    <message>
        <source>Which lines are mirror lines? Tap all of them</source>
        <extracomment>find-mirrors: the pupil picks every line that folds the picture onto itself</extracomment>
        <translation>Which lines are mirror lines? Tap all of them</translation>
    </message>
    <message>
        <source>No mirror line</source>
        <extracomment>find-mirrors: the pupil says the picture has no mirror line at all</extracomment>
        <translation>No mirror line</translation>
    </message>
    <message>
        <source>Right: this picture has no mirror line.</source>
        <translation>Right: this picture has no mirror line.</translation>
    </message>
    <message>
        <source>This picture has no mirror line.</source>
        <translation>This picture has no mirror line.</translation>
    </message>
    <message numerus="yes">
        <source>You found all %n mirror line(s).</source>
        <translation>
            <numerusform>You found all %n mirror line.</numerusform>
            <numerusform>You found all %n mirror lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You found %1 of %n mirror line(s).</source>
        <extracomment>%1 lines found of %n mirror lines</extracomment>
        <translation>
            <numerusform>You found %1 of %n mirror line.</numerusform>
            <numerusform>You found %1 of %n mirror lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You filled all %n square(s).</source>
        <translation>
            <numerusform>You filled all %n square.</numerusform>
            <numerusform>You filled all %n squares.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You filled %1 of %n square(s).</source>
        <extracomment>%1 squares filled right of %n squares to fill</extracomment>
        <translation>
            <numerusform>You filled %1 of %n square.</numerusform>
            <numerusform>You filled %1 of %n squares.</numerusform>
        </translation>
    </message>
    <message>
        <source>You missed these</source>
        <extracomment>Result legend beside a dashed square: squares the pupil should have filled</extracomment>
        <translation>You missed these</translation>
    </message>
    <message>
        <source>These stay white</source>
        <extracomment>Result legend beside a crossed square: squares that are not part of the picture</extracomment>
        <translation>These stay white</translation>
    </message>
    <message>
        <source>You found it</source>
        <extracomment>Result under a mirror line the pupil found</extracomment>
        <translation>You found it</translation>
    </message>
    <message>
        <source>You missed it</source>
        <extracomment>Result under a mirror line the pupil did not pick</extracomment>
        <translation>You missed it</translation>
    </message>
    <message>
        <source>Not a mirror line</source>
        <extracomment>Result under a line that does not fold the picture onto itself</extracomment>
        <translation>Not a mirror line</translation>
    </message>
</context>
<context>
    <name>stages::geometry::UndoButtons</name>
    <message>
        <source>Undo</source>
        <extracomment>Takes the last change of the drawing back</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <extracomment>Puts back the change Undo took away</extracomment>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>stages::movement::KarateArtifactView</name>
    <message>
        <source>Watch it performed</source>
        <extracomment>Teacher&apos;s view of a pupil&apos;s karate combination: a figure performs it</extracomment>
        <translation>Watch it performed</translation>
    </message>
</context>
<context>
    <name>stages::movement::KarateRun</name>
    <message>
        <source>My karate combination, %1</source>
        <extracomment>Title of a pupil&apos;s karate combination kept for the teacher; %1 is the date</extracomment>
        <translation>My karate combination, %1</translation>
    </message>
</context>
<context>
    <name>stages::movement::KarateScreen</name>
    <message>
        <source>Make your own karate combination!</source>
        <extracomment>Karate combination: the pupil makes one row of moves, then watches a figure perform it</extracomment>
        <translation>Make your own karate combination!</translation>
    </message>
    <message>
        <source>Fill the boxes with moves. Then tap “Watch”!</source>
        <extracomment>Under the karate instruction: what to do once the row is full</extracomment>
        <translation>Fill the boxes with moves. Then tap “Watch”!</translation>
    </message>
    <message>
        <source>No move twice side by side. Then tap “Watch”!</source>
        <extracomment>Under the karate instruction, with the rule the combination must follow</extracomment>
        <translation>No move twice side by side. Then tap “Watch”!</translation>
    </message>
    <message>
        <source>Empty the row</source>
        <translation>Empty the row</translation>
    </message>
    <message>
        <source>Watch</source>
        <extracomment>Button: the figure performs the pupil&apos;s karate combination</extracomment>
        <translation>Watch</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>I&apos;m done</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>This one breaks the rule!</source>
        <translation>This one breaks the rule!</translation>
    </message>
    <message>
        <source>Your combination, kept for your teacher!</source>
        <extracomment>After finishing a karate combination</extracomment>
        <translation>Your combination, kept for your teacher!</translation>
    </message>
    <message>
        <source>Tap “Watch” to see it again.</source>
        <extracomment>After finishing a karate combination: it can be watched again</extracomment>
        <translation>Tap “Watch” to see it again.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
</context>
<context>
    <name>stages::music::ComposeScreen</name>
    <message>
        <source>Make your own tune</source>
        <translation>Make your own tune</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Play</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Takes the last added order back out of the tune</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>That one does not follow the rule. Try another!</source>
        <translation>That one does not follow the rule. Try another!</translation>
    </message>
    <message>
        <source>Your tune: %1 of %2</source>
        <extracomment>How many parts of the tune are made; %1 done, %2 needed</extracomment>
        <translation>Your tune: %1 of %2</translation>
    </message>
    <message>
        <source>Your tune follows the rule. It is saved for your teacher.</source>
        <translation>Your tune follows the rule. It is saved for your teacher.</translation>
    </message>
    <message>
        <source>Part of your tune does not follow the rule. It is saved for your teacher.</source>
        <translation>Part of your tune does not follow the rule. It is saved for your teacher.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Screen reader name of a button that adds these notes to the tune; %1 lists them (&quot;C, E, G&quot;)</extracomment>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>stages::music::DrumPadsWidget</name>
    <message>
        <source>Drums</source>
        <translation>Drums</translation>
    </message>
    <message>
        <source>Kick drum</source>
        <translation>Kick drum</translation>
    </message>
    <message>
        <source>Snare drum</source>
        <translation>Snare drum</translation>
    </message>
    <message>
        <source>Clap</source>
        <translation>Clap</translation>
    </message>
    <message>
        <source>Hi-hat</source>
        <translation>Hi-hat</translation>
    </message>
    <message>
        <source>Open hi-hat</source>
        <extracomment>The hi-hat cymbals played open: a longer, ringing sound.</extracomment>
        <translation>Open hi-hat</translation>
    </message>
    <message>
        <source>Tom</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>High tom</source>
        <translation>High tom</translation>
    </message>
    <message>
        <source>Ride cymbal</source>
        <translation>Ride cymbal</translation>
    </message>
    <message>
        <source>Drum %1</source>
        <extracomment>A drum pad for a General MIDI percussion sound without its own name; %1 is its number.</extracomment>
        <translation>Drum %1</translation>
    </message>
</context>
<context>
    <name>stages::music::DrumSounds</name>
    <message>
        <source>Bass drum</source>
        <translation>Bass drum</translation>
    </message>
    <message>
        <source>Snare drum</source>
        <translation>Snare drum</translation>
    </message>
    <message>
        <source>Closed hi-hat</source>
        <translation>Closed hi-hat</translation>
    </message>
    <message>
        <source>Open hi-hat</source>
        <translation>Open hi-hat</translation>
    </message>
    <message>
        <source>Hand clap</source>
        <translation>Hand clap</translation>
    </message>
    <message>
        <source>Low tom</source>
        <translation>Low tom</translation>
    </message>
    <message>
        <source>High tom</source>
        <translation>High tom</translation>
    </message>
    <message>
        <source>Ride cymbal</source>
        <translation>Ride cymbal</translation>
    </message>
</context>
<context>
    <name>stages::music::EuclideanRhythm</name>
    <message>
        <source>E(%1,%2) is not a rhythm: the steps must be 1 to 64 and the onsets 0 to the number of steps.</source>
        <translation>E(%1,%2) is not a rhythm: the steps must be 1 to 64 and the onsets 0 to the number of steps.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rhythm pattern; use x for a beat and . for a rest, like x..x..x.</source>
        <translation>&quot;%1&quot; is not a rhythm pattern; use x for a beat and . for a rest, like x..x..x.</translation>
    </message>
    <message>
        <source>The rhythm pattern is empty.</source>
        <translation>The rhythm pattern is empty.</translation>
    </message>
</context>
<context>
    <name>stages::music::EuclideanStructure</name>
    <message>
        <source>A Euclidean rhythm needs 1 to 16 steps and fewer beats than steps.</source>
        <translation>A Euclidean rhythm needs 1 to 16 steps and fewer beats than steps.</translation>
    </message>
</context>
<context>
    <name>stages::music::ExerciseMelody</name>
    <message>
        <source>The exercise %1 is not a music exercise; it has no sound to play.</source>
        <translation>The exercise %1 is not a music exercise; it has no sound to play.</translation>
    </message>
</context>
<context>
    <name>stages::music::InstrumentWidget</name>
    <message>
        <source>high %1</source>
        <extracomment>A note an octave above the middle one (a dot above its name on the bars); %1 is its name</extracomment>
        <translation>high %1</translation>
    </message>
    <message>
        <source>very high %1</source>
        <extracomment>A note two or more octaves above the middle one; %1 is its name</extracomment>
        <translation>very high %1</translation>
    </message>
    <message>
        <source>low %1</source>
        <extracomment>A note an octave below the middle one (a dot below its name); %1 is its name</extracomment>
        <translation>low %1</translation>
    </message>
    <message>
        <source>very low %1</source>
        <extracomment>A note two or more octaves below the middle one; %1 is its name</extracomment>
        <translation>very low %1</translation>
    </message>
</context>
<context>
    <name>stages::music::InstrumentsPage</name>
    <message>
        <source>Xylophone</source>
        <translation>Xylophone</translation>
    </message>
    <message>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Drums</translation>
    </message>
</context>
<context>
    <name>stages::music::ListenIdentifyScreen</name>
    <message>
        <source>Which rhythm did you hear?</source>
        <translation>Which rhythm did you hear?</translation>
    </message>
    <message>
        <source>Which tune did you hear?</source>
        <translation>Which tune did you hear?</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Listen</translation>
    </message>
    <message>
        <source>Play this one</source>
        <extracomment>Plays one of the shown choices</extracomment>
        <translation>Play this one</translation>
    </message>
    <message>
        <source>You heard it right.</source>
        <translation>You heard it right.</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <extracomment>Spoken name of a choice card for screen readers; %1 is its number (1-4)</extracomment>
        <translation>Choice %1</translation>
    </message>
    <message>
        <source>It was the one with the green tick. Listen!</source>
        <extracomment>After a wrong pick: the right card is shown with a green tick and plays</extracomment>
        <translation>It was the one with the green tick. Listen!</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <extracomment>Screen reader name of a choice card that shows a named rhythm; %1 its number, %2 the rhythm&apos;s name</extracomment>
        <translation>Choice %1: %2</translation>
    </message>
</context>
<context>
    <name>stages::music::Melody</name>
    <message>
        <source>This is not a saved melody.</source>
        <translation>This is not a saved melody.</translation>
    </message>
    <message>
        <source>This melody was saved by a newer version of Stages.</source>
        <translation>This melody was saved by a newer version of Stages.</translation>
    </message>
    <message>
        <source>The melody&apos;s tempo %1 is outside 20 to 400 beats a minute.</source>
        <translation>The melody&apos;s tempo %1 is outside 20 to 400 beats a minute.</translation>
    </message>
    <message>
        <source>The saved melody has a damaged note.</source>
        <translation>The saved melody has a damaged note.</translation>
    </message>
</context>
<context>
    <name>stages::music::MotifRule</name>
    <message>
        <source>Play every order of the notes exactly once.</source>
        <translation>Play every order of the notes exactly once.</translation>
    </message>
    <message>
        <source>Each time, swap two neighbouring notes.</source>
        <translation>Each time, swap two neighbouring notes.</translation>
    </message>
    <message>
        <source>Start each time on the note you just ended on.</source>
        <translation>Start each time on the note you just ended on.</translation>
    </message>
    <message>
        <source>Play an order, then play it backwards.</source>
        <translation>Play an order, then play it backwards.</translation>
    </message>
    <message>
        <source>Start and end with the tune as given; never play the same order twice in a row.</source>
        <translation>Start and end with the tune as given; never play the same order twice in a row.</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicProvider</name>
    <message>
        <source>Three notes</source>
        <translation>Three notes</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Drum patterns</source>
        <translation>Drum patterns</translation>
    </message>
    <message>
        <source>Euclidean rhythms</source>
        <translation>Euclidean rhythms</translation>
    </message>
    <message>
        <source>Rhythms of the world</source>
        <translation>Rhythms of the world</translation>
    </message>
    <message>
        <source>Recognises tresillo, cinquillo and other traditional rhythms by ear.</source>
        <translation>Recognises tresillo, cinquillo and other traditional rhythms by ear.</translation>
    </message>
    <message>
        <source>Longer tunes</source>
        <translation>Longer tunes</translation>
    </message>
    <message>
        <source>Plays back five-note tunes and continues the systematic order.</source>
        <translation>Plays back five-note tunes and continues the systematic order.</translation>
    </message>
    <message>
        <source>Counting music</source>
        <translation>Counting music</translation>
    </message>
    <message>
        <source>Counts the possible tunes without playing them all and taps long rhythms precisely.</source>
        <translation>Counts the possible tunes without playing them all and taps long rhythms precisely.</translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Composing</translation>
    </message>
    <message>
        <source>Composes a melody from orders of a motif by a rule.</source>
        <translation>Composes a melody from orders of a motif by a rule.</translation>
    </message>
    <message>
        <source>Plays and counts every order of two or three notes and plays back a short tune.</source>
        <translation>Plays and counts every order of two or three notes and plays back a short tune.</translation>
    </message>
    <message>
        <source>Tells which order of three notes was played, notices what tunes share and finds the missing one.</source>
        <translation>Tells which order of three notes was played, notices what tunes share and finds the missing one.</translation>
    </message>
    <message>
        <source>Predicts, builds and counts drum patterns and plays back four-note tunes.</source>
        <translation>Predicts, builds and counts drum patterns and plays back four-note tunes.</translation>
    </message>
    <message>
        <source>Finds and counts every starting point of a rhythm spread evenly on a circle and taps it.</source>
        <translation>Finds and counts every starting point of a rhythm spread evenly on a circle and taps it.</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicRun</name>
    <message>
        <source>My tune, %1</source>
        <extracomment>Title of a pupil&apos;s composed tune kept for the teacher; %1 is the date</extracomment>
        <translation>My tune, %1</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicSkins</name>
    <message>
        <source>%1 (high)</source>
        <extracomment>A note name shown on a xylophone bar, e.g. &quot;C&quot; or &quot;C (high)&quot;</extracomment>
        <translation>%1 (high)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Drums</translation>
    </message>
    <message>
        <source>B</source>
        <extracomment>The note B as written in this language (Czech: H)</extracomment>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>stages::music::MusicTaskScreen</name>
    <message>
        <source>That was exactly right.</source>
        <translation>That was exactly right.</translation>
    </message>
    <message>
        <source>Nearly! Listen once more next time.</source>
        <translation>Nearly! Listen once more next time.</translation>
    </message>
    <message>
        <source>Good try. Listen carefully next time.</source>
        <translation>Good try. Listen carefully next time.</translation>
    </message>
</context>
<context>
    <name>stages::music::PianoWidget</name>
    <message>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
</context>
<context>
    <name>stages::music::Pitch</name>
    <message>
        <source>&quot;%1&quot; is not a note name; write a letter, an optional # or b and an octave, for example C4, F#3 or Bb2.</source>
        <translation>&quot;%1&quot; is not a note name; write a letter, an optional # or b and an octave, for example C4, F#3 or Bb2.</translation>
    </message>
    <message>
        <source>The note %1 is outside the range C-1 to G9.</source>
        <translation>The note %1 is outside the range C-1 to G9.</translation>
    </message>
    <message>
        <source>No notes given; write them like &quot;C4 E4 G4&quot;.</source>
        <translation>No notes given; write them like &quot;C4 E4 G4&quot;.</translation>
    </message>
</context>
<context>
    <name>stages::music::PlayBackScreen</name>
    <message>
        <source>Listen, then play it back</source>
        <translation>Listen, then play it back</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <extracomment>Plays the tune to the pupil</extracomment>
        <translation>▶ Listen</translation>
    </message>
    <message>
        <source>Start again</source>
        <extracomment>Empties the row of notes the pupil played</extracomment>
        <translation>Start again</translation>
    </message>
    <message>
        <source>You played the tune back exactly.</source>
        <translation>You played the tune back exactly.</translation>
    </message>
    <message>
        <source>This was the tune:</source>
        <translation>This was the tune:</translation>
    </message>
    <message>
        <source>You played:</source>
        <translation>You played:</translation>
    </message>
</context>
<context>
    <name>stages::music::RhythmShapeView</name>
    <message>
        <source>The rhythm on its circle</source>
        <extracomment>The rhythm circle beside the row of drums the pupil builds</extracomment>
        <translation>The rhythm on its circle</translation>
    </message>
</context>
<context>
    <name>stages::music::SoundDiagnosticsDialog</name>
    <message>
        <source>Sound diagnostics</source>
        <translation>Sound diagnostics</translation>
    </message>
    <message>
        <source>Sound device:</source>
        <translation>Sound device:</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Sample rate:</translation>
    </message>
    <message>
        <source>Buffer asked for:</source>
        <translation>Buffer asked for:</translation>
    </message>
    <message>
        <source>Actual latency:</source>
        <extracomment>The delay between a key press and its sound, as the device reports it</extracomment>
        <translation>Actual latency:</translation>
    </message>
    <message>
        <source>Late blocks (underruns):</source>
        <translation>Late blocks (underruns):</translation>
    </message>
    <message>
        <source>SoundFont:</source>
        <translation>SoundFont:</translation>
    </message>
    <message>
        <source>SoundFont status:</source>
        <translation>SoundFont status:</translation>
    </message>
    <message>
        <source>Play test sound</source>
        <translation>Play test sound</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sound works.</source>
        <translation>Sound works.</translation>
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
        <translation>none</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (no sound device)</source>
        <translation>none (no sound device)</translation>
    </message>
</context>
<context>
    <name>stages::music::SoundService</name>
    <message>
        <source>Not opened: there is no SoundFont to play.</source>
        <translation>Not opened: there is no SoundFont to play.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Loaded.</translation>
    </message>
    <message>
        <source>Sound output is switched off.</source>
        <translation>Sound output is switched off.</translation>
    </message>
    <message>
        <source>Sound is switched off. The exercises still work, watch the lights.</source>
        <translation>Sound is switched off. The exercises still work, watch the lights.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>(searched, none found)</source>
        <translation>(searched, none found)</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Not loaded yet.</translation>
    </message>
    <message>
        <source>Not opened yet.</source>
        <translation>Not opened yet.</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>32-bit float</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16-bit</translation>
    </message>
</context>
<context>
    <name>stages::music::SoundSettingsWidget</name>
    <message>
        <source>Found automatically</source>
        <translation>Found automatically</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Forget the chosen SoundFont and search for one as at first</extracomment>
        <translation>Default</translation>
    </message>
    <message>
        <source>Sound diagnostics…</source>
        <translation>Sound diagnostics…</translation>
    </message>
    <message>
        <source>Choose a SoundFont</source>
        <translation>Choose a SoundFont</translation>
    </message>
    <message>
        <source>SoundFonts (*.sf2 *.sf3)</source>
        <translation>SoundFonts (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <source>No SoundFont found: music exercises work without sound.</source>
        <translation>No SoundFont found: music exercises work without sound.</translation>
    </message>
    <message>
        <source>Instrument sounds from %1</source>
        <translation>Instrument sounds from %1</translation>
    </message>
    <message>
        <source>SoundFont file</source>
        <extracomment>Screen reader name of the field with the SoundFont file&apos;s path</extracomment>
        <translation>SoundFont file</translation>
    </message>
</context>
<context>
    <name>stages::music::TapRhythmScreen</name>
    <message>
        <source>Tap along with the rhythm</source>
        <translation>Tap along with the rhythm</translation>
    </message>
    <message>
        <source>TAP</source>
        <extracomment>The big pad the pupil taps in time (also the Space bar)</extracomment>
        <translation>TAP</translation>
    </message>
    <message>
        <source>or press the Space bar</source>
        <translation>or press the Space bar</translation>
    </message>
    <message>
        <source>▶ Listen</source>
        <translation>▶ Listen</translation>
    </message>
    <message>
        <source>Start tapping</source>
        <extracomment>Starts the count-in; then the pupil taps along</extracomment>
        <translation>Start tapping</translation>
    </message>
    <message>
        <source>Tap!</source>
        <extracomment>Shown while the rhythm plays after the count-in</extracomment>
        <translation>Tap!</translation>
    </message>
    <message numerus="yes">
        <source>You tapped %1 of %n beats on time.</source>
        <extracomment>%1 beats tapped on time out of %n</extracomment>
        <translation>
            <numerusform>You tapped %1 of %n beat on time.</numerusform>
            <numerusform>You tapped %1 of %n beats on time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Green tick: on time. Orange arrow: too early (points left) or too late (points right). Grey cross: missed.</source>
        <translation>Green tick: on time. Orange arrow: too early (points left) or too late (points right). Grey cross: missed.</translation>
    </message>
</context>
<context>
    <name>stages::music::TraditionalRhythm</name>
    <message>
        <source>Cuba, a common Afro-Cuban drum pattern</source>
        <translation>Cuba, a common Afro-Cuban drum pattern</translation>
    </message>
    <message>
        <source>Colombia; also calypso from Trinidad</source>
        <translation>Colombia; also calypso from Trinidad</translation>
    </message>
    <message>
        <source>Persia, a 13th-century rhythm</source>
        <translation>Persia, a 13th-century rhythm</translation>
    </message>
    <message>
        <source>Persia; also Romanian folk dances</source>
        <translation>Persia; also Romanian folk dances</translation>
    </message>
    <message>
        <source>Arab music, a popular rhythm</source>
        <translation>Arab music, a popular rhythm</translation>
    </message>
    <message>
        <source>Bulgaria, a folk dance in 7</source>
        <translation>Bulgaria, a folk dance in 7</translation>
    </message>
    <message>
        <source>Bulgaria, the same dance with four beats</source>
        <translation>Bulgaria, the same dance with four beats</translation>
    </message>
    <message>
        <source>Arab music, a rhythm in 7</source>
        <translation>Arab music, a rhythm in 7</translation>
    </message>
    <message>
        <source>Cuba, the heart of habanera and much Latin music</source>
        <translation>Cuba, the heart of habanera and much Latin music</translation>
    </message>
    <message>
        <source>Cuba, the rhythm of the danzón</source>
        <translation>Cuba, the rhythm of the danzón</translation>
    </message>
    <message>
        <source>Libya, a Tuareg rhythm</source>
        <translation>Libya, a Tuareg rhythm</translation>
    </message>
    <message>
        <source>Turkey, a limping rhythm in 9</source>
        <translation>Turkey, a limping rhythm in 9</translation>
    </message>
    <message>
        <source>Arab music, a rhythm in 9</source>
        <translation>Arab music, a rhythm in 9</translation>
    </message>
    <message>
        <source>Frank Zappa&apos;s song in 11</source>
        <translation>Frank Zappa&apos;s song in 11</translation>
    </message>
    <message>
        <source>Mussorgsky, the Promenade in 11</source>
        <translation>Mussorgsky, the Promenade in 11</translation>
    </message>
    <message>
        <source>Spain, the clapping of the fandango</source>
        <translation>Spain, the clapping of the fandango</translation>
    </message>
    <message>
        <source>South Africa, a Venda clapping pattern</source>
        <translation>South Africa, a Venda clapping pattern</translation>
    </message>
    <message>
        <source>West Africa and Cuba, the standard bell pattern</source>
        <translation>West Africa and Cuba, the standard bell pattern</translation>
    </message>
    <message>
        <source>Brazil, the bossa-nova clave</source>
        <translation>Brazil, the bossa-nova clave</translation>
    </message>
    <message>
        <source>Brazil, a samba pattern</source>
        <translation>Brazil, a samba pattern</translation>
    </message>
    <message>
        <source>Central Africa, a bell pattern in 16</source>
        <translation>Central Africa, a bell pattern in 16</translation>
    </message>
</context>
<context>
    <name>stages::music::XylophoneWidget</name>
    <message>
        <source>Xylophone</source>
        <translation>Xylophone</translation>
    </message>
</context>
</TS>
