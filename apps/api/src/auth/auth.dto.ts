import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'beheer@example.org' })
  @IsEmail({}, { message: 'vul een geldig e-mailadres in' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 256)
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'Log uit op dit apparaat; zonder: op alle apparaten' })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}

export class WachtwoordVergetenDto {
  @ApiProperty()
  @IsEmail({}, { message: 'vul een geldig e-mailadres in' })
  @MaxLength(254)
  email!: string;
}

export class WachtwoordHerstellenDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @Length(1, 256)
  wachtwoord!: string;
}

export class RegistrerenDto {
  @ApiProperty()
  @IsEmail({}, { message: 'vul een geldig e-mailadres in' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @Length(1, 256)
  wachtwoord!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 80)
  voornaam!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 120)
  achternaam?: string;

  @ApiProperty({ example: '2011AB' })
  @IsString()
  @Length(4, 8)
  postcode!: string;

  @ApiProperty({ example: '12' })
  @IsString()
  @Length(1, 10)
  huisnummer!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(6, 20)
  telefoon?: string;

  @ApiProperty({ enum: ['bewoner', 'vrijwilliger'], isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(['bewoner', 'vrijwilliger'], { each: true })
  rollen!: ('bewoner' | 'vrijwilliger')[];

  @ApiProperty({ description: 'Toestemming om uw gegevens te gebruiken om hulp te zoeken of te bieden' })
  @IsBoolean()
  @Equals(true, { message: 'zonder toestemming kunnen we u niet koppelen' })
  toestemming!: boolean;
}
